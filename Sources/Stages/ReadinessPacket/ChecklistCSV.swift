import LaunchKitCore

/// checklist.csv: the launch checklist and the automatic checks in one sheet, for whoever tracks
/// the launch in a spreadsheet. Filter on `kind` to see one or the other.
///
/// Columns: `kind` (`item` or `check`), `id`, `title`, `status` (items: todo, doing, done, n-a,
/// missing; checks: passed, failed, not-applicable), `owner`, `due`, `days_before_release`
/// (negative after the release), `required`, `required_from`, `overdue`, `blocking` (yes/no),
/// `points` (what the line is worth in the score), `stage`, `detail`, `note`, `link`.
///
/// Checks about checklist items (`required-items`, `other-items`, `schedule`) are the item lines
/// themselves; `check` lines are the other families' checks (one line for a family that does not
/// apply) and the checks other stages added.
enum ChecklistCSV {
    static let header = [
        "kind", "id", "title", "status", "owner", "due", "days_before_release", "required", "required_from", "overdue",
        "blocking", "points", "stage", "detail", "note", "link",
    ]

    /// Families whose checks are checklist lines, listed as items rather than checks.
    static let checklistFamilies: Set<String> = [CheckFamily.requiredItems.id, CheckFamily.otherItems.id, CheckFamily.schedule.id]

    static func render(_ assessment: ReadinessAssessment, stageID: String) -> String {
        var rows: [[String]] = []
        for row in ChecklistRows(assessment).rows {
            rows.append([
                "item", row.id, row.title, row.status, row.owner ?? "", row.due?.description ?? "",
                row.daysBeforeRelease.map(String.init) ?? "", yes(row.required), row.requiredFrom.map(String.init) ?? "",
                yes(row.overdue), yes(row.required), ReadinessText.points(row.points), stageID, row.detail, row.note ?? "", row.link ?? "",
            ])
        }
        for result in assessment.families where !checklistFamilies.contains(result.family.id) {
            guard result.isApplicable else {
                rows.append(checkRow(
                    id: result.family.id, title: result.family.title, status: "not-applicable", blocking: result.family.blocking,
                    points: 0, stage: stageID, detail: result.notApplicableReason ?? ""))
                continue
            }
            for check in result.checks {
                rows.append(checkRow(check))
            }
        }
        for check in assessment.external {
            rows.append(checkRow(check))
        }
        return CSVWriter.render(header: header, rows: rows)
    }

    private static func checkRow(_ check: ReadinessCheck) -> [String] {
        checkRow(
            id: check.id, title: check.title, status: check.passed ? "passed" : "failed", blocking: check.blocking,
            points: ReadinessScore.weight(check), stage: check.stage, detail: check.detail ?? "")
    }

    private static func checkRow(id: String, title: String, status: String, blocking: Bool, points: Double, stage: String, detail: String) -> [String] {
        ["check", id, title, status, "", "", "", "", "", "", yes(blocking), ReadinessText.points(points), stage, detail, "", ""]
    }

    private static func yes(_ value: Bool) -> String { value ? "yes" : "no" }
}
