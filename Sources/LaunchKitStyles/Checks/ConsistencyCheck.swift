import Foundation

/// `extends: consistency`: for each `either` pair, once both spellings have appeared in a file,
/// every later block using either one gets an alert on its last use.
///
/// The spellings seen are recorded per file under names built from the rule's name, as Vale
/// does (so two styles with a rule of the same name share them, a quirk kept for conformance).
struct ConsistencyCheck: RuleCheck {
    struct Pair: Sendable {
        var pattern: TokenPattern
        var names: (String, String)
    }

    let pairs: [Pair]
    let text: AlertText

    var patterns: [TokenPattern] { pairs.map(\.pattern) }

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        var findings: [Finding] = []
        var last: NSRange?
        for pair in pairs {
            let matches = pair.pattern.matches(in: slice.block, range: slice.range, candidates: state.candidates(for: pair.pattern, in: slice))
            for match in matches {
                guard let alternative = match.alternative, let range = match.alternativeRange else { continue }
                last = range
                state.sequences.insert(alternative == 0 ? pair.names.0 : pair.names.1)
            }
            if !matches.isEmpty, state.sequences.contains(pair.names.0), state.sequences.contains(pair.names.1), let last {
                findings.append(text.finding(range: last, match: slice.substring(last)))
            }
        }
        return findings
    }
}
