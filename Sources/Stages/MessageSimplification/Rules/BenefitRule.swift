/// `launchkit.Benefit`: a message with no customer benefit.
///
/// A message that names a feature without saying what the buyer gains fails the "value, not
/// technology" test; `benefit:` is where the writer says it in the buyer's words. An error by
/// default: a message without one is not ready to ship.
enum BenefitRule: MessageRule {
    static let description = RuleDescription(
        id: "launchkit.Benefit", kind: .kit, severity: .error,
        summary: "A message with no customer benefit: say what the buyer gains.",
        triggeringExamples: [
            RuleExample("CloudGuard 2.0 adds attack-path analysis.", benefit: nil),
            RuleExample("CloudGuard 2.0 adds attack-path analysis.", benefit: "   "),
        ],
        nonTriggeringExamples: [
            RuleExample("CloudGuard 2.0 adds attack-path analysis.", benefit: "Fix the five risks that matter first."),
        ]
    )

    static func check(_ message: MessageContext) -> [RuleFinding] {
        guard message.message.benefit?.contains(where: { !$0.isWhitespace }) != true else { return [] }
        return [RuleFinding(
            rule: description.id, severity: description.severity,
            message: "the message states no customer benefit",
            placement: .message,
            suggestion: "add 'benefit:' with what the buyer gains, in their words")]
    }
}
