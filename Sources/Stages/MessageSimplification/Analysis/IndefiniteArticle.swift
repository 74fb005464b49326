/// "a" or "an" before a word, by how it is spoken, so a rewrite that replaces "an SBOM" with
/// "a software bill of materials" stays grammatical.
enum IndefiniteArticle {
    /// - Returns: "a" or "an" for the word at the start of `phrase`.
    static func forPhrase(_ phrase: String) -> String {
        let word = String(phrase.prefix { !$0.isWhitespace && $0 != "-" })
        guard let first = word.first else { return "a" }
        if first.isNumber {
            // Spoken "eight", "eleven", "eighteen", "eighty": the only digits that start with a vowel.
            return word.hasPrefix("8") || word.hasPrefix("11") || word.hasPrefix("18") ? "an" : "a"
        }
        if word.count > 1, word.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            // Acronyms are spelled letter by letter: "an SBOM", "a CNAPP".
            return "AEFHILMNORSX".contains(first) ? "an" : "a"
        }
        let lower = word.lowercased()
        if anExceptions.contains(where: lower.hasPrefix) { return "an" }
        if aExceptions.contains(where: lower.hasPrefix) { return "a" }
        return "aeiou".contains(lower.first!) ? "an" : "a"
    }

    /// Words that start with a vowel letter and a consonant sound.
    private static let aExceptions = ["uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubiq", "uran"]
    /// Words that start with a consonant letter and a vowel sound.
    private static let anExceptions = ["hour", "honest", "honor", "honour", "heir"]
}
