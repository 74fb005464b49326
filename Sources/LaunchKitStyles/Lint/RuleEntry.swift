/// A rule as the linter runs it: what a block needs to decide quickly whether the rule applies,
/// precomputed once per linter so the per-block loop does no string work.
final class RuleEntry: Sendable {
    let rule: StyleRule
    let name: String
    /// The name `<!-- vale Style.Rule = NO -->` refers to (a consistency rule's first two parts).
    let controlName: String
    let check: any RuleCheck
    let scope: RuleScope
    /// The linter's pattern ids of which one must have a literal hit in a block for the rule to
    /// find anything there; nil when the rule must always run.
    let triggers: [Int]?

    init?(_ rule: StyleRule, index: LiteralIndex?) {
        guard let check = rule.check else { return nil }
        self.rule = rule
        name = rule.name
        let parts = rule.name.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        controlName = parts.count > 2 ? "\(parts[0]).\(parts[1])" : rule.name
        self.check = check
        scope = rule.ruleScope
        triggers = Self.triggers(of: check, index: index)
    }

    /// Checks that report only regex matches can be skipped where none of their patterns can
    /// match; the others (an occurrence minimum, capitalization, metrics, conditional rules that
    /// record definitions) always run.
    private static func triggers(of check: any RuleCheck, index: LiteralIndex?) -> [Int]? {
        guard let index else { return nil }
        let patterns: [TokenPattern]
        switch check {
        case let existence as ExistenceCheck: patterns = [existence.pattern]
        case let substitution as SubstitutionCheck: patterns = [substitution.pattern]
        case let repetition as RepetitionCheck: patterns = [repetition.pattern]
        case let consistency as ConsistencyCheck: patterns = consistency.pairs.map(\.pattern)
        case let occurrence as OccurrenceCheck where occurrence.minimum == 0: patterns = [occurrence.pattern]
        default: return nil
        }
        var ids: [Int] = []
        for pattern in patterns {
            guard pattern.unconditional.isEmpty, !pattern.alternatives.isEmpty, let id = index.patternIDs[ObjectIdentifier(pattern)] else { return nil }
            ids.append(id)
        }
        return ids
    }
}
