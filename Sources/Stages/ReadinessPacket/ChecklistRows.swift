import LaunchKitCore

/// The checklist as the packet lists it: required items first (including required items nobody
/// put on the checklist, as "missing"), then the others; each with what the checks made of it.
/// checklist.md, checklist.csv and summary.json all read these rows, so they always agree.
struct ChecklistRows: Sendable {
    struct Row: Hashable, Sendable {
        var id: String
        var title: String
        var owner: String?
        var due: CalendarDate?
        /// `todo`, `doing`, `done`, `n-a`, or `missing` for a required item not on the checklist.
        var status: String
        var required: Bool
        var requiredFrom: Int?
        /// Open and due after the release date.
        var overdue: Bool
        var link: String?
        var note: String?
        /// Positive before the release, negative after; nil without a due date.
        var daysBeforeRelease: Int?
        /// The points its "done" check is worth.
        var points: Double
        /// What the check says about it.
        var detail: String
    }

    static let missingStatus = "missing"

    var required: [Row]
    var others: [Row]
    var rows: [Row] { required + others }

    init(_ assessment: ReadinessAssessment) {
        let release = assessment.release.date
        let checks = Dictionary(assessment.ownChecks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func row(_ item: ChecklistItem, required: Bool, requiredFrom: Int?, family: CheckFamily) -> Row {
            let check = checks["\(family.id):\(item.id)"]
            return Row(
                id: item.id, title: item.title, owner: item.owner, due: item.due, status: item.status.rawValue,
                required: required, requiredFrom: requiredFrom, overdue: item.isOverdue(releaseDate: release), link: item.link,
                note: item.note, daysBeforeRelease: item.due.days(until: release), points: check?.weight ?? 0,
                detail: check?.detail ?? "")
        }
        required = assessment.requirements.required.map { entry in
            guard let item = entry.item else {
                let check = checks["\(CheckFamily.requiredItems.id):\(entry.id)"]
                return Row(
                    id: entry.id, title: entry.title, owner: nil, due: nil, status: Self.missingStatus, required: true,
                    requiredFrom: entry.requiredFrom, overdue: false, link: nil, note: nil, daysBeforeRelease: nil,
                    points: check?.weight ?? 0, detail: check?.detail ?? "")
            }
            return row(item, required: true, requiredFrom: entry.requiredFrom, family: .requiredItems)
        }
        others = assessment.requirements.others.map { item in
            row(item, required: false, requiredFrom: item.requiredFrom, family: .otherItems)
        }
    }

    /// How many rows have each status, plus `overdue`; every key present, zero or not.
    var counts: [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: (ChecklistItem.Status.allCases.map(\.rawValue) + [Self.missingStatus, "overdue"]).map { ($0, 0) })
        for row in rows {
            counts[row.status, default: 0] += 1
            if row.overdue { counts["overdue", default: 0] += 1 }
        }
        return counts
    }

    /// One sentence for the packet: how many items, by status; how many are overdue or missing.
    func summary(tier: LaunchTier) -> String {
        let listed = rows.count - (counts[ChecklistRows.missingStatus] ?? 0)
        let missing = counts[ChecklistRows.missingStatus] ?? 0
        let launch = "a tier \(tier.number) launch"
        guard listed > 0 else {
            return "There is no checklist, so the \(ReadinessText.count(missing, "item")) \(launch) requires \(missing == 1 ? "counts" : "count") as missing."
        }
        let parts = [
            (ChecklistItem.Status.done, "done"), (.notApplicable, "not applicable"), (.doing, "in progress"), (.todo, "to do"),
        ].compactMap { status, words in counts[status.rawValue].flatMap { $0 > 0 ? "\($0) \(words)" : nil } }
        var text = "\(ReadinessText.count(listed, "item")): \(ReadinessText.list(parts))."
        let overdue = counts["overdue"] ?? 0
        if overdue > 0 {
            text += " \(ReadinessText.count(overdue, "item is", "items are")) due after the release date."
        }
        if missing > 0 {
            text += " \(ReadinessText.count(missing, "item")) \(launch) requires \(missing == 1 ? "is" : "are") not on the checklist."
        }
        return text
    }
}
