import Foundation

/// Converts text to sentence case the way Vale's capitalization check expects it (twine's
/// `strcase.SentenceConverter`): the first word and any word after an "indicator" (a word ending
/// in `:` or a configured suffix, or a leading list number) get a capital, vocabulary terms keep
/// their spelling, everything else is lower-cased. Words are re-joined with single spaces.
struct SentenceCaser: Sendable {
    let vocabulary: [String]
    let prefix: String?
    let indicators: [String]

    private static let numbered = try! NSRegularExpression(pattern: #"\d+\."#)

    func isIndicator(_ word: String, at index: Int) -> Bool {
        if indicators.contains(where: { word.utf8.count > $0.utf8.count && word.hasSuffix($0) }) { return true }
        return index == 0 && Self.numbered.firstMatch(in: word, range: NSRange(location: 0, length: word.utf16.count)) != nil
    }

    func convert(_ input: String) -> String {
        var text = input
        var lead = ""
        if let prefix, let regex = try? NSRegularExpression(pattern: prefix),
           let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)), match.range.location == 0 {
            lead = (text as NSString).substring(with: match.range)
            text = String(text.dropFirst(lead.count))
        }
        var pattern = #"[\p{N}\p{L}*]+[^\s]*"#
        if !vocabulary.isEmpty {
            pattern = "\\b(?:" + vocabulary.compactMap { try? ValeRegexTranslator.translate($0).pattern }.joined(separator: "|") + ")\\b|" + pattern
        }
        let tokens = CaseWords.find("(?i)" + pattern, in: text)
        var made: [String] = []
        for (index, token) in tokens.enumerated() {
            if let entry = CaseWords.vocabularyEntry(for: token, in: vocabulary) {
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

/// Word helpers shared by the title and sentence casers.
enum CaseWords {
    /// Every match of `pattern` (Vale regex syntax) in `text`.
    static func find(_ pattern: String, in text: String) -> [String] {
        guard let translated = try? ValeRegexTranslator.translate(pattern),
              let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    /// twine's `inVocab`: a term equal to the word (ignoring case) gives the term's spelling; a
    /// term found anywhere in the word keeps the word as written.
    static func vocabularyEntry(for word: String, in vocabulary: [String]) -> String? {
        for term in vocabulary {
            if term.lowercased() == word.lowercased() { return term }
            if let translated = try? ValeRegexTranslator.translate(term),
               let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options),
               regex.firstMatch(in: word, range: NSRange(location: 0, length: word.utf16.count)) != nil {
                return word
            }
        }
        return nil
    }

    /// twine's `ToTitle`: the first letter in title case; the rest lower-cased when `strict`.
    static func title(_ word: String, strict: Bool) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        let rest = String(word.unicodeScalars.dropFirst())
        return String(first).capitalized + (strict ? rest.lowercased() : rest)
    }

    /// Go's `strings.Title`: a capital after every non-letter, non-digit, non-underscore.
    static func goTitle(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let separator: Bool
            if previous.isASCII {
                separator = !(previous.properties.isAlphabetic || ("0"..."9").contains(previous) || previous == "_")
            } else {
                separator = previous.properties.isWhitespace
            }
            result += separator ? String(scalar).capitalized : String(scalar)
            previous = scalar
        }
        return result
    }
}
