import Foundation

/// A rule's `exceptions` (plus, for rules with `vocab: true`, the project's accepted words),
/// compiled as Vale does: one case-sensitive regex `\b(?:term|...)\b`, longest terms first so the
/// alternation is greedy, where a term may opt into case-insensitivity with a leading `(?i)`.
/// A match is an exception when the regex finds a term anywhere in it.
struct ExceptionList: Sendable {
    let terms: [String]
    private let regex: RegexBox?

    init(_ terms: [String]) throws(PatternCompileError) {
        self.terms = terms
        guard !terms.isEmpty else {
            regex = nil
            return
        }
        var translated: [String] = []
        for (index, term) in terms.enumerated() {
            guard let icu = try? ValeRegexTranslator.translate(term) else { throw PatternCompileError(alternative: index) }
            translated.append(term.hasPrefix("(?i)") ? icu.pattern : "(?-i)" + icu.pattern)
        }
        let order = translated.indices.sorted { terms[$0].utf8.count > terms[$1].utf8.count || (terms[$0].utf8.count == terms[$1].utf8.count && $0 < $1) }
        let source = "(?m)\\b(?:" + order.map { translated[$0] }.joined(separator: "|") + ")\\b"
        do {
            regex = RegexBox(try NSRegularExpression(pattern: source, options: TokenPattern.options))
        } catch {
            for (index, term) in translated.enumerated() where (try? NSRegularExpression(pattern: term, options: TokenPattern.options)) == nil {
                throw PatternCompileError(alternative: index)
            }
            throw PatternCompileError(alternative: nil)
        }
    }

    static let empty = try! ExceptionList([])

    func adding(_ vocabulary: [String]) throws(PatternCompileError) -> ExceptionList {
        vocabulary.isEmpty ? self : try ExceptionList(terms + vocabulary)
    }

    /// Whether `text` contains an exception (Vale's `isMatch`, an unanchored search).
    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return regex.value.firstMatch(in: text, options: [], range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    /// The ICU source, for converters that splice exceptions into their own patterns.
    var isEmpty: Bool { regex == nil }
    var pattern: String? { regex?.value.pattern }
}

/// `NSRegularExpression` is immutable and safe to share; this box says so to the compiler.
struct RegexBox: @unchecked Sendable {
    let value: NSRegularExpression
    init(_ value: NSRegularExpression) { self.value = value }
}
