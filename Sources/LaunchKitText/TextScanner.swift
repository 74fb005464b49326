/// Counts a text the way textstat does, in one pass over its UTF-8 bytes.
///
/// textstat runs a regular expression and a list of words per count, and each metric recounts;
/// here every count comes out of a single walk, with no `String` per word:
///
/// - tokens are runs of non-space scalars (`str.split()`);
/// - a token is a word if anything survives punctuation removal: a word character, or an
///   apostrophe before t, s, d, ve, ll or re (`'(?=[tsd]|ve|ll|re)`); everything else is deleted,
///   so "there?I" is one word and "—" none;
/// - each word is lower-cased into a `WordBuffer` for the syllable and easy-word lookups;
/// - sentences follow `SentenceTracker`, with their own word counts (a sentence can start inside a
///   token, as in "end.Start").
enum TextScanner {
    static func count(_ text: String) -> TextCounts {
        var counts = TextCounts()
        guard !text.isEmpty else { return counts }
        let syllableCounter = SyllableCounter.shared
        let easyWords = DaleChallEasyWords.table

        text.withUTF8Text { utf8 in
            var word = WordBuffer()
            var sentences = SentenceTracker()
            var sentenceMatches = 0
            var shortSentences = 0
            var inToken = false

            func endToken() {
                counts.tokens += 1
                if !word.isEmpty {
                    counts.words += 1
                    measure(word, into: &counts, syllableCounter: syllableCounter, easyWords: easyWords)
                    word.removeAll()
                }
            }

            var index = 0
            while index < utf8.count {
                let (value, length) = utf8.scalar(at: index)
                let kind = ScalarKind.of(value)
                var survives = false
                switch kind {
                case .space:
                    if inToken {
                        endToken()
                        inToken = false
                    }
                case .word:
                    inToken = true
                    counts.characters += 1
                    counts.letters += 1
                    word.appendWordCharacter(value)
                    survives = true
                case .apostrophe:
                    inToken = true
                    counts.characters += 1
                    if utf8.isContractionApostrophe(at: index) {
                        word.appendApostrophe()
                        survives = true
                    }
                case .terminator, .other:
                    inToken = true
                    counts.characters += 1
                }
                if let sentence = sentences.feed(kind, survivesPunctuationRemoval: survives, at: index) {
                    sentenceMatches += 1
                    if sentence.wordCount <= 2 { shortSentences += 1 }
                }
                index += length
            }
            if inToken { endToken() }
            if let sentence = sentences.endOfText(at: utf8.count) {
                sentenceMatches += 1
                if sentence.wordCount <= 2 { shortSentences += 1 }
            }
            // textstat: max(1, len(sentences) - ignore_count) for any non-empty text.
            counts.sentences = max(1, sentenceMatches - shortSentences)
        }
        return counts
    }

    @inline(__always)
    private static func measure(
        _ word: borrowing WordBuffer, into counts: inout TextCounts,
        syllableCounter: SyllableCounter, easyWords: ByteWordTable
    ) {
        let syllables = syllableCounter.count(word)
        counts.syllables += syllables
        if syllables == 1 { counts.monosyllables += 1 }
        if syllables >= 3 { counts.polysyllables += 1 }
        if word.wordCharacters > 6 { counts.longWords += 1 }

        let isEasy = word.isASCII && word.withBytes { easyWords.contains($0) }
        guard !isEasy else { return }
        counts.unfamiliarWords += 1
        // textstat's difficult-word check lower-cases the word and then removes punctuation
        // again, which drops the U+0307 that lower-casing İ produces; only then does it count.
        let checkedSyllables = word.hasDottedCapitalI
            ? syllableCounter.count(word.removingCombiningDotAbove()) : syllables
        if checkedSyllables >= 2 { counts.difficultWords += 1 }
        if checkedSyllables >= 3 { counts.complexWords += 1 }
    }
}
