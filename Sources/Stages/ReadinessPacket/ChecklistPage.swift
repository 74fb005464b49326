import LaunchKitCore

/// The view model of `checklist.md`: the launch checklist (required items first, with those nobody
/// put on it), then every automatic check, family by family, with why each passed or failed.
struct ChecklistPage {
    static let path = "checklist.md"
    static let csvPath = "checklist.csv"
    static let template = "checklist"

    struct Item {
        var title: String
        var link: String?
        var owner: String
        var due: String
        /// Open and due after the release date.
        var overdue: Bool
        var status: String
        /// A required item that is not on the checklist at all.
        var missing: Bool
    }

    struct Family {
        var title: String
        var applicable: Bool
        /// "3 of 4 passed, 7.5 of 10 points", "Passed, 10 of 10 points".
        var summary: String
        var blocking: Bool
        var checks: [Check]
        var reason: String?
    }

    struct Check {
        var title: String
        var passed: Bool
        var detail: String
    }

    struct ExternalCheck {
        var title: String
        var stage: String
        var passed: Bool
        var blocking: Bool
        var weight: String
        var detail: String
    }

    var releaseTitle: String
    var releaseDate: String
    var tierNumber: Int
    var tierName: String
    var summary: String
    var required: [Item]
    /// What the required items are worth, in a sentence.
    var requiredPoints: String
    var others: [Item]
    var otherPoints: String?
    var schedulePoints: String
    var families: [Family]
    var external: [ExternalCheck]
    var indexPath: String

    init(_ assessment: ReadinessAssessment, summary: String) {
        let release = assessment.release
        let rows = ChecklistRows(assessment)
        releaseTitle = release.title
        releaseDate = release.date.description
        tierNumber = assessment.tier.number
        tierName = assessment.tier.name
        self.summary = summary
        indexPath = PacketIndex.path
        required = rows.required.map { Self.item($0, release: release.date) }
        others = rows.others.map { Self.item($0, release: release.date) }
        requiredPoints = Self.pointsSentence(assessment, .requiredItems, noun: "required items")
        otherPoints = others.isEmpty ? nil : Self.pointsSentence(assessment, .otherItems, noun: "other items")
        schedulePoints = Self.pointsSentence(assessment, .schedule, noun: "items due by the release date")

        let checklistFamilies = ChecklistCSV.checklistFamilies
        families = assessment.families.filter { !checklistFamilies.contains($0.family.id) }.map { result in
            guard result.isApplicable else {
                return Family(title: result.family.title, applicable: false, summary: "", blocking: result.family.blocking, checks: [], reason: result.notApplicableReason)
            }
            let counts = result.checks.count == 1 ? (result.passed.isEmpty ? "Failed" : "Passed") : "\(result.passed.count) of \(result.checks.count) passed"
            return Family(
                title: result.family.title, applicable: true,
                summary: "\(counts), \(ReadinessText.points(result.earned)) of \(ReadinessText.points(result.family.points)) points",
                blocking: result.family.blocking,
                checks: result.checks.map { Check(title: $0.title, passed: $0.passed, detail: $0.detail ?? "") }, reason: nil)
        }
        external = assessment.external.map { check in
            ExternalCheck(
                title: check.title, stage: check.stage, passed: check.passed, blocking: check.blocking,
                weight: ReadinessText.points(ReadinessScore.weight(check)), detail: check.detail ?? "")
        }
    }

    private static func item(_ row: ChecklistRows.Row, release: CalendarDate) -> Item {
        let missing = row.status == ChecklistRows.missingStatus
        let status: String
        if missing {
            status = "Missing from the checklist"
        } else if let parsed = ChecklistItem.Status(rawValue: row.status) {
            status = parsed == .notApplicable ? row.note.map { "Not applicable: \($0)" } ?? parsed.title : parsed.title
        } else {
            status = row.status
        }
        let due = row.due.map { "\($0) (\(ReadinessText.relative($0, to: release)))" } ?? "—"
        return Item(title: row.title, link: row.link, owner: row.owner ?? "—", due: due, overdue: row.overdue, status: status, missing: missing)
    }

    /// "Together worth 25 points of the score, 2.5 each."
    private static func pointsSentence(_ assessment: ReadinessAssessment, _ family: CheckFamily, noun: String) -> String {
        guard let result = assessment.families.first(where: { $0.family == family }), result.isApplicable else {
            return "The \(noun) do not count in the score for this kit."
        }
        let each = result.checks.count > 1 ? ", \(ReadinessText.points(family.points / Double(result.checks.count))) each" : ""
        return "Together the \(noun) are worth \(ReadinessText.points(family.points)) points of the score\(each)."
    }
}
