@testable import LaunchKitStyles
import Testing

/// Sentence boundaries as Vale's Punkt tokenizer draws them.
@Suite struct SentenceSegmenterTests {
    @Test(arguments: [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("This is a sentence (i.e. when X > 0), we can compute stuff. It's 11 am!", ["This is a sentence (i.e. when X > 0), we can compute stuff.", "It's 11 am!"]),
        ("Dr. Smith arrived. He sat.", ["Dr. Smith arrived.", "He sat."]),
        ("Wait until it's 12 p.m. tomorrow. Then go.", ["Wait until it's 12 p.m. tomorrow.", "Then go."]),
        ("He said \"stop.\" Then he left.", ["He said \"stop.\"", "Then he left."]),
        ("Version 2.0 ships today.", ["Version 2.0 ships today."]),
        ("", []),
    ])
    func splits(_ text: String, _ expected: [String]) {
        #expect(SentenceSegmenter.sentences(in: text) == expected)
    }

    /// The LIX of Vale's Readability fixture depends on these counts (see the conformance suite).
    @Test func statisticsCountLikeTwine() {
        let statistics = TextStatistics("The cat sat on the mat. It was a beautifully warm afternoon.\n\n")
        #expect(statistics.sentences == 2)
        #expect(statistics.words == 12)
        #expect(statistics.longWords == 2)
        #expect(Syllables.count("beautifully") == 4)
    }
}
