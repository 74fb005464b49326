/// `launchkit.SentenceLength`: a sentence longer than a reader takes in at once.
///
/// One idea per sentence keeps a message readable on a phone. The limit is the stage's
/// `max-sentence-words` option (25 by default), written into the rule's `max`.
enum SentenceLengthRule {
    static let defaultMaxWords = 25

    static let description = RuleDescription(
        id: "launchkit.SentenceLength", kind: .vale, severity: .warning,
        summary: "A sentence over the word limit (25 by default): one idea per sentence.",
        yaml: yaml(maxWords: defaultMaxWords),
        triggeringExamples: [
            RuleExample("""
                ↓CloudGuard 2.0 brings together posture management, workload protection, identity analysis and \
                attack-path ranking in a single console so that security and engineering teams can finally agree \
                on what to fix first.
                """),
            RuleExample("""
                See every account in one place. ↓When a new risk appears in any of the clouds you run, CloudGuard \
                works out whether an attacker could reach it and tells the owner of the workload what to change.
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("CloudGuard 2.0 shows every cloud risk in one place. It ranks them by what an attacker could reach."),
        ]
    )

    /// The rule's YAML with a word limit.
    static func yaml(maxWords: Int) -> String {
        """
        extends: occurrence
        message: "the sentence has more than \(maxWords) words; keep one idea per sentence"
        level: warning
        scope: sentence
        max: \(maxWords)
        token: \\b(\\w+)\\b
        """
    }
}
