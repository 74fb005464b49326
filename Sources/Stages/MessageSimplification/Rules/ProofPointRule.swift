/// `launchkit.ProofPoint`: a feature message with no proof point.
///
/// A claim about a feature is believed when something backs it: a customer result, a benchmark, a
/// certification. A suggestion by default: a proof point is ideal, not always available before
/// launch. Messages without a `feature:` (a pitch, a pricing line) are not checked.
enum ProofPointRule: MessageRule {
    static let description = RuleDescription(
        id: "launchkit.ProofPoint", kind: .kit, severity: .suggestion,
        summary: "A feature message with no proof point: back the claim with a result, a number or a test.",
        triggeringExamples: [
            RuleExample("Fix the risks that matter first.", feature: "Attack-path analysis", proof: nil),
        ],
        nonTriggeringExamples: [
            RuleExample("Fix the risks that matter first.", feature: "Attack-path analysis", proof: "Beta teams closed their riskiest paths in 9 days."),
            RuleExample("Pay only for the workloads you protect.", feature: nil, proof: nil),
        ]
    )

    static func check(_ message: MessageContext) -> [RuleFinding] {
        guard let feature = message.message.feature, message.message.proof?.contains(where: { !$0.isWhitespace }) != true else { return [] }
        return [RuleFinding(
            rule: description.id, severity: description.severity,
            message: "the feature '\(feature)' has no proof point",
            placement: .message,
            suggestion: "add 'proof:' with a customer result, a benchmark or a certification")]
    }
}
