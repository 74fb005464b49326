import Foundation

/// `extends: existence`: every match of the rule's tokens is an alert, unless it is an exception.
struct ExistenceCheck: RuleCheck {
    let pattern: TokenPattern
    let exceptions: ExceptionList
    let usesVocabulary: Bool
    let text: AlertText

    var patterns: [TokenPattern] { [pattern] }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        var findings: [Finding] = []
        for match in pattern.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: pattern, in: slice)) {
            let matched = slice.substring(match.range)
            if exceptions.matches(GoFormat.trimSpace(matched)) { continue }
            findings.append(text.finding(range: match.range, match: matched))
        }
        return findings
    }

    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck {
        guard usesVocabulary else { return self }
        return ExistenceCheck(pattern: pattern, exceptions: try exceptions.adding(vocabulary), usesVocabulary: true, text: text)
    }
}
