/// `launchkit.PassiveVoice`: a form of "to be" followed by a past participle.
///
/// "Risks are ranked" hides who ranks them; "CloudGuard ranks your risks" says what the product
/// does. A suggestion only: the pattern also matches some adjectives ("is based").
enum PassiveVoiceRule {
    static let description = RuleDescription(
        id: "launchkit.PassiveVoice", kind: .vale, severity: .suggestion,
        summary: "Passive voice (\"risks are ranked\") that hides who does what.",
        yaml: """
            extends: existence
            message: "'%s' may be passive voice; say who does what"
            level: suggestion
            ignorecase: true
            raw:
              - \\b(?:am|are|is|was|were|be|been|being)\\s+
              - (?:\\w+ed|built|bought|brought|caught|chosen|done|driven|found|given|hidden|kept|known|left|lost|made|meant|paid|run|seen|sent|shown|sold|spent|taken|told|written)\\b
            """,
        triggeringExamples: [
            RuleExample("Risks ↓are ranked by how an attacker could use them."),
            RuleExample("Every fix ↓is written as a ticket your team can act on."),
        ],
        nonTriggeringExamples: [
            RuleExample("CloudGuard ranks risks by how an attacker could use them."),
            RuleExample("Each ticket says which change closes the risk."),
        ]
    )
}
