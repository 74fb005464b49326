import LaunchKitCore

/// The CSV files written beside the sheets, for what people filter in a spreadsheet rather than
/// read: every objection with its answer, and an index of the sheets.
enum CompanionTables {
    static let battlecardsPath = "\(PlannedSheet.folder)/battlecards.csv"
    static let indexPath = "\(PlannedSheet.folder)/sheets.csv"

    /// `battlecards.csv`: one row per objection of the given competitors, in kit order.
    static func battlecards(_ competitors: [Competitor]) -> String {
        CSVWriter.render(
            header: ["competitor", "objection", "answer"],
            rows: competitors.flatMap { competitor in
                competitor.objections.map { [competitor.name, $0.objection, $0.answer] }
            })
    }

    /// `sheets.csv`: one row per sheet, in render order; `id` and `name` are the competitor's or
    /// persona's, empty for the cheat sheet.
    static func index(_ sheets: [PlannedSheet]) -> String {
        CSVWriter.render(
            header: ["sheet", "id", "name", "title", "path"],
            rows: sheets.map { [$0.kind.rawValue, $0.subject?.id ?? "", $0.subjectName ?? "", $0.title, $0.path] })
    }
}
