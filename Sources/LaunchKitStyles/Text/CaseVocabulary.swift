import Foundation

/// Words a caser must leave as the style spells them (a capitalization rule's exceptions), each
/// compiled once: a word equal to a term (ignoring case) takes the term's spelling; a word in
/// which a term's pattern matches is kept as written (twine's `inVocab`).
struct CaseVocabulary: Sendable {
    let terms: [String]
    private let patterns: [RegexBox?]

    init(_ terms: [String]) {
        self.terms = terms
        patterns = terms.map { term in
            guard let translated = try? ValeRegexTranslator.translate(term),
                  let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else { return nil }
            return RegexBox(regex)
        }
    }

    var isEmpty: Bool { terms.isEmpty }

    func entry(for word: String) -> String? {
        let lower = word.lowercased()
        let range = NSRange(location: 0, length: word.utf16.count)
        for (index, term) in terms.enumerated() {
            if term.lowercased() == lower { return term }
            if let regex = patterns[index], regex.value.firstMatch(in: word, range: range) != nil { return word }
        }
        return nil
    }

    /// The terms joined as regex alternatives (in ICU syntax), for a word-finding pattern.
    var alternation: String {
        terms.compactMap { try? ValeRegexTranslator.translate($0).pattern }.joined(separator: "|")
    }
}
