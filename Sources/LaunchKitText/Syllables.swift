/// Syllable counts as textstat 0.7.13 makes them for English.
public enum Syllables {
    /// The syllables of a word, or the sum over the words of a longer text (textstat's
    /// `syllable_count`).
    ///
    /// Punctuation is removed and the word lower-cased first, as textstat does: "Day's" is looked
    /// up as "day's", "well-known" as "wellknown". A word in the CMU Pronouncing Dictionary gets
    /// the number of vowels in its first pronunciation; any other word the number of places
    /// Pyphen's en_US patterns would hyphenate it, plus one ("text_a" has 2). A word with no
    /// letters, such as "—", has none.
    public static func count(_ word: some StringProtocol) -> Int {
        TextScanner.count(String(word)).syllables
    }
}
