import Foundation

/// `extends: substitution`: a match of a `swap` key is an alert unless it already is what the
/// swap asks for. The message gets the replacement, then the match.
struct SubstitutionCheck: RuleCheck {
    struct Swap: Sendable {
        /// The key as written, used to expand `$1` in the replacement.
        var key: String
        var replacement: String
    }

    let pattern: TokenPattern
    /// In the order of `pattern.alternatives`.
    let swaps: [Swap]
    let exceptions: ExceptionList
    let usesVocabulary: Bool
    let ignoreCase: Bool
    let capitalize: Bool
    let message: String
    let action: RuleAction?

    var patterns: [TokenPattern] { [pattern] }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        var findings: [Finding] = []
        for match in pattern.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: pattern, in: slice)) {
            guard let index = match.alternative, let range = match.alternativeRange else { continue }
            let matched = slice.substring(range)
            let observed = GoFormat.trimSpace(matched)
            var expected = self.expected(for: index, observed: observed)
            if Self.matchesToken(expected, observed) || exceptions.matches(observed) { continue }
            var text = message
            var suggestion: String? = expected.components(separatedBy: "|").first
            if let action, action.name == "replace", action.params.isEmpty {
                var options = expected.components(separatedBy: "|")
                if capitalize && observed == GoFormat.capFirst(observed) {
                    options = options.map(GoFormat.capFirst)
                }
                expected = GoFormat.toSentence(options, "or")
                suggestion = options.first
                text = Self.unquoted(message)
            } else if let action, let fixed = AlertText(message: message, action: action).fixes(for: matched) {
                suggestion = fixed.first
            }
            findings.append(Finding(range: range, match: matched, message: GoFormat.message(text, [expected, observed]), suggestion: suggestion))
        }
        return findings
    }

    /// The replacement for the swap at `index`, capitalized like the match when asked and with
    /// `$1`-style references filled from the match (Vale's `subMsg`).
    private func expected(for index: Int, observed: String) -> String {
        var expected = swaps[index].replacement
        if capitalize && observed == GoFormat.capFirst(observed) {
            expected = GoFormat.capFirst(expected)
        }
        guard expected.range(of: #"\$\d"#, options: .regularExpression) != nil else { return expected }
        let key = (ignoreCase ? "(?i)" : "") + swaps[index].key
        guard let translated = try? ValeRegexTranslator.translate(key),
              let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else { return expected }
        return regex.stringByReplacingMatches(in: observed, range: NSRange(location: 0, length: observed.utf16.count),
                                              withTemplate: ReplacementTemplate.icu(expected))
    }

    /// Vale's `matchToken`: is the observed text already the expected one? A plain phrase must be
    /// equal; anything else is tried as an anchored regex.
    static func matchesToken(_ expected: String, _ observed: String) -> Bool {
        if GoFormat.isPhrase(expected) { return expected == observed }
        guard let translated = try? ValeRegexTranslator.translate("^(?:\(expected))$"),
              let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else {
            return expected == observed
        }
        return regex.firstMatch(in: observed, range: NSRange(location: 0, length: observed.utf16.count)) != nil
    }

    /// Vale's `convertMessage`: with a `replace` action the replacement is already quoted, so a
    /// message that quotes both placeholders loses the quotes around the first.
    static func unquoted(_ message: String) -> String {
        var result = message
        for spec in ["'%s'", "\"%s\""] where result.components(separatedBy: spec).count - 1 == 2 {
            if let range = result.range(of: spec) { result.replaceSubrange(range, with: "%s") }
        }
        return result
    }

    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck {
        guard usesVocabulary else { return self }
        return SubstitutionCheck(pattern: pattern, swaps: swaps, exceptions: try exceptions.adding(vocabulary), usesVocabulary: true,
                                 ignoreCase: ignoreCase, capitalize: capitalize, message: message, action: action)
    }
}
