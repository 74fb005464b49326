/// `launchkit.CorporateSpeak`: long words and stock phrases with a plain word that says the same.
///
/// Every swap keeps the meaning ("leverage" → "use", "in order to" → "to"), so the proposed rewrite
/// applies them as they are.
enum CorporateSpeakRule {
    static let description = RuleDescription(
        id: "launchkit.CorporateSpeak", kind: .vale, severity: .warning,
        summary: "Corporate speak (\"leverage\", \"utilize\", \"in order to\") with a plain word that says the same.",
        yaml: """
            extends: substitution
            message: "use '%s' instead of '%s'"
            level: warning
            ignorecase: true
            swap:
              leverage: use
              leverages: uses
              leveraged: used
              leveraging: using
              utilize: use
              utilizes: uses
              utilized: used
              utilizing: using
              facilitate: help
              facilitates: helps
              empower: help
              empowers: helps
              in order to: to
              prior to: before
              at this point in time: now
              going forward: from now on
              due to the fact that: because
              in the event that: if
              with regard to: about
              on a daily basis: daily
              commence: start
              functionality: features
              actionable insights: clear next steps
            """,
        triggeringExamples: [
            RuleExample("↓Leverage one view of risk across every cloud."),
            RuleExample("Teams ↓utilize fix guidance ↓in order to close tickets faster."),
            RuleExample("Security leads get ↓actionable insights ↓on a daily basis."),
        ],
        nonTriggeringExamples: [
            RuleExample("Use one view of risk across every cloud."),
            RuleExample("Teams use fix guidance to close tickets faster."),
        ]
    )
}
