import Foundation

/// `extends: occurrence`: counts matches of `token` in a block and alerts when the count is above
/// `max` or below `min` (a zero means "no bound"). The alert sits on the first match that is not
/// masked code, or at the top of the file when there is no match at all; `%s` is the count.
struct OccurrenceCheck: RuleCheck {
    let pattern: TokenPattern
    let minimum: Int
    let maximum: Int
    let text: AlertText

    var patterns: [TokenPattern] { [pattern] }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        let matches = pattern.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: pattern, in: slice))
        let count = matches.count
        guard (maximum > 0 && count > maximum) || (minimum > 0 && count < minimum) else { return [] }
        let message = GoFormat.message(text.message, [String(count)])
        if count == 0 {
            return [Finding(range: nil, match: "", message: message, suggestion: nil)]
        }
        for match in matches {
            let matched = slice.substring(match.range)
            let trimmed = GoFormat.trimSpace(matched)
            if trimmed.isEmpty || GoFormat.isMaskedCode(trimmed) { continue }
            var finding = text.finding(range: match.range, match: matched)
            finding.message = message
            return [finding]
        }
        return []
    }
}
