import Foundation

/// `extends: repetition`: the same token twice in a row ("the the"), compared case-insensitively
/// with `ignorecase`, and only for tokens made of letters with `alpha`. The alert covers both
/// occurrences; `%s` is the repeated token.
struct RepetitionCheck: RuleCheck {
    let pattern: TokenPattern
    let maximum: Int
    let ignoreCase: Bool
    let alphaOnly: Bool
    let exceptions: ExceptionList
    let usesVocabulary: Bool
    let text: AlertText

    var patterns: [TokenPattern] { [pattern] }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        var findings: [Finding] = []
        var previous = ""
        var previousRange: NSRange?
        var count = 0
        for match in pattern.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: pattern, in: slice)) {
            let current = GoFormat.trimSpace(slice.substring(match.range))
            var hit = !current.isEmpty && (ignoreCase ? current.lowercased() == previous.lowercased() : current == previous)
            hit = hit && (!alphaOnly || GoFormat.isLetters(current))
            if hit { count += 1 }
            if hit, count > maximum, let start = previousRange {
                let range = NSRange(location: start.location, length: match.range.location + match.range.length - start.location)
                let covered = slice.substring(range)
                if !covered.contains("\n") && !exceptions.matches(covered) {
                    var finding = text.finding(range: range, match: covered)
                    finding.message = GoFormat.message(text.message, [current])
                    findings.append(finding)
                    count = 0
                }
            }
            previousRange = match.range
            previous = current
        }
        return findings
    }

    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck {
        guard usesVocabulary else { return self }
        return RepetitionCheck(pattern: pattern, maximum: maximum, ignoreCase: ignoreCase, alphaOnly: alphaOnly,
                               exceptions: try exceptions.adding(vocabulary), usesVocabulary: true, text: text)
    }
}
