extension CheatSheetViewModel {
    /// One competitor's objections, with a link to its battlecard when this run renders it.
    struct CompetitorObjections: Hashable, Sendable {
        let name: String
        let objections: [ObjectionAnswer]
        let battlecard: SheetLink?
    }
}
