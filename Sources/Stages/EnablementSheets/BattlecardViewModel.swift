import LaunchKitCore

/// What `battlecard.mustache` reads: one competitor, as competitors.yml describes it.
struct BattlecardViewModel: Sendable {
    let release: ReleaseSummary
    let id: String
    let name: String
    /// How the competitor describes itself.
    let positioning: String?
    let why_we_win: [String]
    let strengths: [String]
    let weaknesses: [String]
    let landmines: [String]
    let objections: [ObjectionAnswer]
    let quick_dismissals: [String]
    let pricing_notes: String?
    /// Nothing but a name is written for this competitor.
    let is_empty: Bool
    let cheat_sheet: SheetLink?

    init(competitor: Competitor, kit: Kit, plan: SheetPlan) {
        release = ReleaseSummary(kit.release)
        id = competitor.id
        name = competitor.name
        positioning = competitor.positioning.nonBlank
        why_we_win = competitor.whyWeWin.filter { $0.nonBlank != nil }
        strengths = competitor.strengths.filter { $0.nonBlank != nil }
        weaknesses = competitor.weaknesses.filter { $0.nonBlank != nil }
        landmines = competitor.landmines.filter { $0.nonBlank != nil }
        objections = competitor.objections.map(ObjectionAnswer.init)
        quick_dismissals = competitor.quickDismissals.filter { $0.nonBlank != nil }
        pricing_notes = competitor.pricingNotes.nonBlank
        is_empty = positioning == nil && why_we_win.isEmpty && strengths.isEmpty && weaknesses.isEmpty && landmines.isEmpty
            && objections.isEmpty && quick_dismissals.isEmpty && pricing_notes == nil
        cheat_sheet = plan.cheatSheet?.link
    }
}
