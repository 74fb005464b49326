/// `launchkit.Hedging`: words that soften a claim until it promises nothing.
///
/// "May help reduce risk by up to 80%" tells a buyer the product might do nothing. Say what it
/// does, and put the number in the proof point with its conditions.
enum HedgingRule {
    static let description = RuleDescription(
        id: "launchkit.Hedging", kind: .vale, severity: .warning,
        summary: "Hedges (\"may help\", \"potentially\", \"up to\") that soften a claim until it promises nothing.",
        yaml: """
            extends: existence
            message: "'%s' hedges the claim; say what the product does"
            level: warning
            ignorecase: true
            tokens:
              - may help
              - might help
              - could help
              - can help
              - should help
              - potentially
              - possibly
              - up to
              - as much as
              - in many cases
              - in some cases
              - virtually
              - arguably
              - aims? to
              - strives? to
              - (?:is|are) designed to
            """,
        triggeringExamples: [
            RuleExample("CloudGuard ↓may help you find risky permissions."),
            RuleExample("Cut alert noise by ↓up to 80%."),
            RuleExample("Attack paths ↓potentially save your team hours, and ↓in many cases days."),
            RuleExample("The new agent ↓is designed to stay out of the way."),
        ],
        nonTriggeringExamples: [
            RuleExample("CloudGuard finds risky permissions in every account."),
            RuleExample("Cut alert noise by 80% in the first month."),
            RuleExample("CloudGuard shows the few risks an attacker could chain together."),
            RuleExample("Upgrade in May without downtime."),
        ]
    )
}
