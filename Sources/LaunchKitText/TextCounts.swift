/// Everything textstat counts in a text, gathered in one pass by `TextScanner`.
///
/// Each field names the textstat 0.7.13 function it reproduces (English, default options), so a
/// disagreement can be traced to one rule.
package struct TextCounts: Sendable, Equatable {
    /// `count_sentences`: sentences of more than two words, at least 1 for a non-empty text.
    package var sentences = 0
    /// `count_words`: whitespace-separated tokens that keep something once punctuation is gone.
    package var words = 0
    /// `count_words(rm_punctuation=False)`: every whitespace-separated token, the divisor of
    /// textstat's characters per word (ARI), where "—" and "..." count as words.
    package var tokens = 0
    /// `count_chars(ignore_spaces=True)`: scalars that are not white space.
    package var characters = 0
    /// `count_letters`: word characters (`\w`: letters, digits, `_`).
    package var letters = 0
    /// `count_syllables`.
    package var syllables = 0
    /// `count_monosyllable_words`.
    package var monosyllables = 0
    /// `count_polysyllable_words`: words of three or more syllables (SMOG).
    package var polysyllables = 0
    /// `count_long_words`: words of more than six word characters (LIX).
    package var longWords = 0
    /// `count_difficult_words(syllable_threshold=0)`: words not on the Dale-Chall easy list,
    /// every occurrence (the Dale-Chall score).
    package var unfamiliarWords = 0
    /// `count_difficult_words(syllable_threshold=2)`: unfamiliar words of two or more syllables.
    package var difficultWords = 0
    /// `count_difficult_words(syllable_threshold=3)`: unfamiliar words of three or more
    /// syllables, the "complex words" of Gunning fog.
    package var complexWords = 0

    package init() {}

    /// `words_per_sentence`; 0 when there are no sentences, as in textstat.
    package var wordsPerSentence: Double {
        sentences == 0 ? 0 : Double(words) / Double(sentences)
    }

    /// `syllables_per_word`.
    package var syllablesPerWord: Double {
        words == 0 ? 0 : Double(syllables) / Double(words)
    }

    /// `letters_per_word`.
    package var lettersPerWord: Double {
        words == 0 ? 0 : Double(letters) / Double(words)
    }

    /// `sentences_per_word`.
    package var sentencesPerWord: Double {
        words == 0 ? 0 : Double(sentences) / Double(words)
    }

    /// `chars_per_word`: note the divisor is `tokens`, not `words`.
    package var charactersPerWord: Double {
        tokens == 0 ? 0 : Double(characters) / Double(tokens)
    }
}

extension TextCounts {
    /// Counts `text` in one pass (see `TextScanner`).
    package static func of(_ text: String) -> TextCounts {
        TextScanner.count(text)
    }
}
