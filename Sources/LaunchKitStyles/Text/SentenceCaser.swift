import Foundation

/// Converts text to sentence case the way Vale's capitalization check expects it (twine's
/// `strcase.SentenceConverter`): the first word and any word after an "indicator" (a word ending
/// in `:` or a configured suffix, or a leading list number) get a capital, vocabulary terms keep
/// their spelling, everything else is lower-cased. Words are re-joined with single spaces.
struct SentenceCaser: Sendable {
    let vocabulary: CaseVocabulary
    let prefix: String?
    let indicators: [String]
    /// Words, with vocabulary terms taking precedence, matched case-insensitively.
    private let words: RegexBox?
    private let prefixPattern: RegexBox?

    init(vocabulary: [String], prefix: String?, indicators: [String]) {
        self.vocabulary = CaseVocabulary(vocabulary)
        self.prefix = prefix
        self.indicators = indicators
        var pattern = #"[\p{N}\p{L}*]+[^\s]*"#
        if !vocabulary.isEmpty { pattern = "\\b(?:" + self.vocabulary.alternation + ")\\b|" + pattern }
        words = (try? NSRegularExpression(pattern: "(?i)" + pattern, options: TokenPattern.options)).map(RegexBox.init)
        prefixPattern = prefix.flatMap { try? NSRegularExpression(pattern: $0) }.map(RegexBox.init)
    }

    private static let numbered = try! NSRegularExpression(pattern: #"\d+\."#)

    func isIndicator(_ word: String, at index: Int) -> Bool {
        if indicators.contains(where: { word.utf8.count > $0.utf8.count && word.hasSuffix($0) }) { return true }
        return index == 0 && Self.numbered.firstMatch(in: word, range: NSRange(location: 0, length: word.utf16.count)) != nil
    }

    func convert(_ input: String) -> String {
        var text = input
        var lead = ""
        if let prefixPattern, let match = prefixPattern.value.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)),
           match.range.location == 0 {
            lead = (text as NSString).substring(with: match.range)
            text = String(text.dropFirst(lead.count))
        }
        let tokens = words.map { CaseWords.find($0, in: text) } ?? []
        var made: [String] = []
        for (index, token) in tokens.enumerated() {
            if let entry = vocabulary.entry(for: token) {
                made.append(entry)
            } else if index == 0 || isIndicator(tokens[index - 1], at: index - 1) {
                made.append(CaseWords.title(token, strict: true))
            } else {
                made.append(token.lowercased())
            }
        }
        return lead + made.joined(separator: " ")
    }
}
