/// `launchkit.GradeLevel`: a message that reads above the grade of one of its buyers.
///
/// The grade is the Flesch-Kincaid grade of the text, as textstat computes it; the target is the
/// lowest `reading_level` among the message's personas. Messages whose personas have no reading
/// level (or a kit without personas) are not checked.
enum GradeLevelRule: MessageRule {
    static let description = RuleDescription(
        id: "launchkit.GradeLevel", kind: .kit, severity: .warning,
        summary: "A message that reads above the reading grade of one of its personas.",
        triggeringExamples: [
            RuleExample("↓Comprehensive infrastructure visibility substantially accelerates organizational remediation prioritization."),
            RuleExample("↓Comprehensive infrastructure visibility accelerates organizational remediation.", personas: ["cloud-architect", "cfo"]),
        ],
        nonTriggeringExamples: [
            RuleExample("See every cloud risk in one place. Fix the worst ones first."),
            RuleExample("Comprehensive infrastructure visibility accelerates organizational remediation.", personas: ["devops-lead"]),
        ]
    )

    static func check(_ message: MessageContext) -> [RuleFinding] {
        guard let grade = message.scores?.fleschKincaidGrade, let target = message.audience.targetGrade, grade > target.grade else { return [] }
        return [RuleFinding(
            rule: description.id, severity: description.severity,
            message: "the text reads at grade \(format(grade)), above the target of \(format(target.grade)) for '\(target.persona)'",
            placement: .wholeText,
            suggestion: "use shorter sentences and everyday words")]
    }

    /// A grade with one decimal, without a trailing `.0`: "12.3", "10".
    static func format(_ grade: Double) -> String {
        let rounded = (grade * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : FixedDecimals.string(rounded, decimals: 1)
    }
}
