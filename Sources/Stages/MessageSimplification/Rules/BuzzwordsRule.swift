/// `launchkit.Buzzwords`: praise words every vendor uses, which tell a buyer nothing.
///
/// "Best-in-class, next-generation, seamless" could describe any product; a buyer skips them. Say
/// what the product does for them instead.
enum BuzzwordsRule {
    static let description = RuleDescription(
        id: "launchkit.Buzzwords", kind: .vale, severity: .warning,
        summary: "Buzzwords (\"best-in-class\", \"next-generation\", \"seamless\", \"synergy\") that any vendor could claim.",
        yaml: """
            extends: existence
            message: "'%s' is a buzzword; say what it does for the buyer"
            level: warning
            ignorecase: true
            tokens:
              - best[- ]in[- ]class
              - best[- ]of[- ]breed
              - world[- ]class
              - next[- ]gen(?:eration)?
              - cutting[- ]edge
              - bleeding[- ]edge
              - state[- ]of[- ]the[- ]art
              - game[- ]chang(?:ing|er)
              - industry[- ]leading
              - market[- ]leading
              - revolutionary
              - disruptive
              - synerg(?:y|ies|istic)
              - seamless(?:ly)?
              - frictionless
              - paradigm shift
              - holistic
              - robust
              - turnkey
              - unparalleled
              - unprecedented
              - innovative
              - single pane of glass
            """,
        triggeringExamples: [
            RuleExample("CloudGuard is the ↓best-in-class platform for cloud risk."),
            RuleExample("A ↓next-generation engine gives ↓seamless coverage."),
            RuleExample("Security and engineering find ↓synergies in one ↓single pane of glass."),
        ],
        nonTriggeringExamples: [
            RuleExample("CloudGuard finds the five risks an attacker could use today."),
            RuleExample("Connect a new account in ten minutes, with no agent to install."),
            RuleExample("The classic view stays for teams that want it."),
        ]
    )
}
