extension WordList {
    /// textstat's `is_difficult_word`: a single word, not on the Dale-Chall easy list once
    /// lower-cased, with at least `syllableThreshold` syllables.
    ///
    /// Inflections of easy words are difficult ("jumps": only "jump" is listed); textstat says so
    /// itself and the formulas were fitted with it.
    package static func isDifficult(_ word: String, syllableThreshold: Int) -> Bool {
        // textstat: `len(word.split()) != 1` -> not a word.
        let parts = Array(word.unicodeScalars).split(whereSeparator: { ScalarKind.of($0.value) == .space })
        guard parts.count == 1 else { return false }
        var lowered = String.UnicodeScalarView()
        lowered.append(contentsOf: PythonLowercase.apply(Array(word.unicodeScalars)))
        let key = Array(String(lowered).utf8)
        if key.allSatisfy({ $0 < 0x80 }), key.withUnsafeBufferPointer({ DaleChallEasyWords.table.contains($0) }) {
            return false
        }
        return Syllables.count(String(lowered)) >= syllableThreshold
    }

    /// textstat's `list_difficult_words`: the difficult words of a text, repeats included.
    package static func difficultWords(in text: String, syllableThreshold: Int) -> [String] {
        words(in: text).filter { isDifficult($0, syllableThreshold: syllableThreshold) }
    }
}
