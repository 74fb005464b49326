import Foundation

/// `extends: capitalization`: the whole block (usually a heading) must be in `$title`,
/// `$sentence`, `$lower` or `$upper` case, or match a custom pattern. Title and sentence case
/// pass when at least `threshold` (default 0.8) of the words agree with the converted text.
/// `%s` is the block's text, then the expected text.
struct CapitalizationCheck: RuleCheck {
    enum Style: Sendable {
        case title(TitleCaser)
        case sentence(SentenceCaser)
        case lower, upper
        case pattern(RegexBox)
    }

    let style: Style
    let threshold: Double
    let exceptions: ExceptionList
    /// The exceptions as written, which also serve as the casers' vocabulary.
    let exceptionTerms: [String]
    let usesVocabulary: Bool
    let text: AlertText
    let replacesWithExpected: Bool
    /// Words for scoring: an exception first, else letters and digits up to the next space.
    private let wordPattern: RegexBox?

    init(style: Style, threshold: Double, exceptions: ExceptionList, exceptionTerms: [String], usesVocabulary: Bool, text: AlertText,
         replacesWithExpected: Bool) {
        self.style = style
        self.threshold = threshold
        self.exceptions = exceptions
        self.exceptionTerms = exceptionTerms
        self.usesVocabulary = usesVocabulary
        self.text = text
        self.replacesWithExpected = replacesWithExpected
        var pattern = #"[\p{N}\p{L}*]+[^\s]*"#
        if let exceptionPattern = exceptions.pattern { pattern = exceptionPattern + "|" + pattern }
        wordPattern = (try? NSRegularExpression(pattern: pattern, options: TokenPattern.options)).map(RegexBox.init)
    }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        let content = slice.text
        let (expected, passes) = check(content)
        guard !passes else { return [] }
        var suggestion: String?
        if let action = text.action {
            if action.name == "replace", action.params.isEmpty {
                suggestion = replacesWithExpected ? expected : nil
            } else {
                suggestion = text.fixes(for: content)?.first
            }
        }
        return [Finding(range: slice.range, match: content, message: GoFormat.message(text.message, [content, expected]), suggestion: suggestion)]
    }

    private func check(_ content: String) -> (String, Bool) {
        switch style {
        case .lower:
            let expected = content.lowercased()
            return (expected, content == expected || exceptions.matches(content))
        case .upper:
            let expected = content.uppercased()
            return (expected, content == expected || exceptions.matches(content))
        case .pattern(let regex):
            let found = regex.value.firstMatch(in: content, range: NSRange(location: 0, length: content.utf16.count)) != nil
            return (regex.value.pattern, found || exceptions.matches(content))
        case .title(let caser):
            return compare(content, expected: caser.convert(content), sentence: false)
        case .sentence(let caser):
            return compare(content, expected: caser.convert(content), sentence: true)
        }
    }

    /// Vale's `title` and `sentence` scoring: the share of words equal to the expected word, an
    /// exception, or (for titles) written in capitals.
    private func compare(_ content: String, expected: String, sentence: Bool) -> (String, Bool) {
        func words(_ text: String) -> [String] {
            guard let regex = wordPattern?.value else { return [] }
            let ns = text as NSString
            return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
        }
        let expectedWords = words(expected)
        var count = 0.0
        var total = 0.0
        for (index, word) in words(content).enumerated() {
            if index >= expectedWords.count || word == expectedWords[index] || exceptions.matches(word) {
                count += 1
            } else if sentence {
                if index == 0 && word != CaseWords.goTitle(word.lowercased()) { return (expected, false) }
            } else if word == word.uppercased() {
                count += 1
            }
            total += 1
        }
        return (expected, count / total >= threshold)
    }

    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck {
        guard usesVocabulary, !vocabulary.isEmpty else { return self }
        let terms = exceptionTerms + vocabulary
        var style = self.style
        switch style {
        case .title(let caser): style = .title(TitleCaser(style: caser.style, vocabulary: Self.byLength(terms), prefix: caser.prefix))
        case .sentence(let caser):
            style = .sentence(SentenceCaser(vocabulary: Self.byLength(terms), prefix: caser.prefix, indicators: caser.indicators))
        default: break
        }
        return CapitalizationCheck(style: style, threshold: threshold, exceptions: try exceptions.adding(vocabulary), exceptionTerms: terms,
                                   usesVocabulary: true, text: text, replacesWithExpected: replacesWithExpected)
    }

    /// The casers' vocabulary when a rule's exceptions are used alone. Vale builds its exception
    /// regex by rewriting the exception list in place (each term gains `(?-i)` so it stays
    /// case-sensitive inside a case-insensitive pattern), and then hands that same list to the
    /// casers. Their vocabulary is therefore case-sensitive too ("VS" does not claim "vs.").
    /// When a project vocabulary is added, Vale's list is a fresh copy and the terms stay as
    /// written; ``adding(vocabulary:)`` does the same.
    static func casedVocabulary(_ terms: [String]) -> [String] {
        byLength(terms).map { $0.hasPrefix("(?i)") ? $0 : "(?-i)" + $0 }
    }

    /// twine sorts its vocabulary longest first so that longer terms win.
    static func byLength(_ terms: [String]) -> [String] {
        terms.enumerated().sorted { $0.element.utf8.count > $1.element.utf8.count || ($0.element.utf8.count == $1.element.utf8.count && $0.offset < $1.offset) }.map(\.element)
    }
}
