import Foundation

/// `extends: conditional`: a match of `first` (an acronym, say) needs a match of `second` (its
/// definition) earlier in the file. Every capture group of `second` seen so far counts as
/// defined; a `first` match that is neither defined nor an exception is an alert.
///
/// As in Vale, `ignorecase` is accepted but does not change either pattern.
struct ConditionalCheck: RuleCheck {
    let first: TokenPattern
    let second: TokenPattern
    let exceptions: ExceptionList
    let usesVocabulary: Bool
    let text: AlertText

    var patterns: [TokenPattern] { [second, first] }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        for match in second.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: second, in: slice)) {
            let result = match.result
            guard result.numberOfRanges > 1 else { continue }
            for group in 1..<result.numberOfRanges {
                let range = result.range(at: group)
                if range.location != NSNotFound, range.length > 0 {
                    state.sequences.insert(slice.substring(range))
                }
            }
        }
        var findings: [Finding] = []
        for match in first.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: first, in: slice)) {
            let matched = slice.substring(match.range)
            if state.sequences.contains(matched) || exceptions.matches(matched) { continue }
            findings.append(text.finding(range: match.range, match: matched))
        }
        return findings
    }

    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck {
        guard usesVocabulary else { return self }
        return ConditionalCheck(first: first, second: second, exceptions: try exceptions.adding(vocabulary), usesVocabulary: true, text: text)
    }
}
