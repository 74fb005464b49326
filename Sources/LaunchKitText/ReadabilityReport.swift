/// The readability of a plain text: the counts under the formulas and the formulas' values, as
/// textstat 0.7.13 computes them for English.
///
/// Values are not rounded (textstat rounds only when asked); compare them to textstat's after
/// rounding both to the same number of digits.
public struct ReadabilityReport: Sendable, Equatable, Codable {
    /// Sentences of more than two words (textstat ignores shorter ones, so a heading or "Thanks!"
    /// does not shorten the average sentence); at least 1 for any non-empty text.
    public var sentences: Int
    /// Words: whitespace-separated tokens that keep a letter, digit, `_` or contraction apostrophe
    /// once punctuation is removed ("don't" is one word, "well-known" one, "—" none).
    public var words: Int
    /// Syllables: CMU Pronouncing Dictionary counts, Pyphen's hyphenation for unknown words.
    public var syllables: Int
    /// Letters: word characters (letters, digits and `_`), the Coleman-Liau input.
    public var letters: Int
    /// Characters other than white space, punctuation included: the ARI input.
    public var characters: Int
    /// Words of three or more syllables: the SMOG input.
    public var polysyllables: Int
    /// Words not on the Dale-Chall list of easy words (every occurrence): the Dale-Chall input.
    /// Inflections count as difficult ("jumps" although "jump" is easy), as in textstat; textstat's
    /// public `difficult_words()` instead counts distinct words of two or more syllables.
    public var difficultWords: Int
    /// Words of more than six letters: the LIX input.
    public var longWords: Int

    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
    /// Higher is easier; 60–70 is plain English.
    public var fleschReadingEase: Double
    /// Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    public var fleschKincaidGrade: Double
    /// Gunning fog: 0.4 × (words per sentence + 100 × complex words / words), where a complex word
    /// has three or more syllables and is not on the easy list.
    public var gunningFog: Double
    /// SMOG: 1.043 × √(30 × polysyllables / sentences) + 3.1291.
    public var smogIndex: Double
    /// Coleman-Liau: 0.058 × letters per 100 words − 0.296 × sentences per 100 words − 15.8.
    public var colemanLiauIndex: Double
    /// Automated readability index: 4.71 × characters per token + 0.5 × words per sentence − 21.43.
    public var automatedReadabilityIndex: Double
    /// Dale-Chall (textstat's `dale_chall_readability_score`): 0.1579 × percent difficult words +
    /// 0.0496 × words per sentence, plus 3.6365 when more than 5 % of the words are difficult.
    public var daleChall: Double
    /// LIX: words per sentence + percent long words.
    public var lix: Double

    public init(
        sentences: Int, words: Int, syllables: Int, letters: Int, characters: Int,
        polysyllables: Int, difficultWords: Int, longWords: Int,
        fleschReadingEase: Double, fleschKincaidGrade: Double, gunningFog: Double,
        smogIndex: Double, colemanLiauIndex: Double, automatedReadabilityIndex: Double,
        daleChall: Double, lix: Double
    ) {
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
        self.letters = letters
        self.characters = characters
        self.polysyllables = polysyllables
        self.difficultWords = difficultWords
        self.longWords = longWords
        self.fleschReadingEase = fleschReadingEase
        self.fleschKincaidGrade = fleschKincaidGrade
        self.gunningFog = gunningFog
        self.smogIndex = smogIndex
        self.colemanLiauIndex = colemanLiauIndex
        self.automatedReadabilityIndex = automatedReadabilityIndex
        self.daleChall = daleChall
        self.lix = lix
    }
}
