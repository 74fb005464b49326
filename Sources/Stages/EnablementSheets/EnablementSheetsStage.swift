import LaunchKitCore
import LaunchKitYAML

/// Renders the sales-enablement sheets of a launch from the kit, the same way every release: a
/// cheat sheet, a battlecard per competitor, a channel brief per channel persona and a one-pager
/// per buyer persona, as Markdown a rep can read on a phone.
///
/// Input: the kit's buyer personas (required: run persona-import first), and when present its
/// channel personas, messages (from message-simplification; the simplified `rewrite` is quoted when
/// there is one) and competitors. `competitors:` loads `competitors.yml` into the kit (see
/// ``CompetitorsFile`` for the format). Templates come from `context.templates`: the defaults in
/// `Templates/default/` (`cheat-sheet`, `battlecard`, `channel-brief`, `one-pager` and the
/// `sheet-…` partials) or the kit's `templates:` folder, file by file.
///
/// Output: `sheets/cheat-sheet.md` (kind `sheet.cheat-sheet`), `sheets/battlecard-<id>.md`
/// (`sheet.battlecard`, subject the competitor), `sheets/channel-brief-<id>.md`
/// (`sheet.channel-brief`, subject the channel persona), `sheets/one-pager-<id>.md`
/// (`sheet.one-pager`, subject the buyer persona); `sheets/battlecards.csv` (competitor, objection,
/// answer) when a battlecard is rendered, and `sheets/sheets.csv`, an index of the sheets. A kit
/// without competitors, channel personas or messages still renders: the cheat sheet says what is
/// missing and where to add it.
///
/// Errors (exit 2, nothing written): an invalid competitors file (unknown keys, missing names,
/// duplicate ids, all at once); unknown ids in `for:` or `key-messages:`; a template naming a value
/// the sheet does not have, at the template's `file:line:column`. Findings: none.
public struct EnablementSheetsStage: Stage {
    public typealias Options = EnablementSheetsOptions

    public static let description = StageDescription(
        id: "enablement-sheets",
        summary: "Renders the cheat sheet, battlecards, channel briefs and one-pagers sales asks for before a launch",
        discussion: """
            Reads the buyer personas, and when present the channel personas, messages and competitors, and \
            renders Markdown sheets under sheets/: cheat-sheet.md (pitch, key messages, what to say to each \
            buyer, discovery questions, objection handling, proof points, what is new), battlecard-<id>.md per \
            competitor, channel-brief-<id>.md per channel persona and one-pager-<id>.md per buyer persona; \
            plus battlecards.csv (competitor, objection, answer) and sheets.csv (an index). Messages are \
            quoted in their simplified wording when message-simplification proposed one. A kit without \
            competitors, channel personas or messages still renders, and the cheat sheet says what to add. \
            Templates: cheat-sheet, battlecard, channel-brief, one-pager and the sheet-* partials in \
            Templates/default; a file of the same name in the kit's templates: folder replaces one. \
            competitors.yml holds a 'competitors:' list of {id, name, positioning, strengths, weaknesses, \
            why_we_win, landmines, objections: [{objection, answer}], quick_dismissals, pricing_notes}; only \
            name is required and id defaults to the slug of the name.
            """,
        needs: [.buyerPersonas],
        adds: [.competitors, .sheets],
        options: [
            StageOption(
                "sheets", type: "list of cheat-sheet, battlecard, channel-brief, one-pager", default: "all four",
                "which sheets to render"),
            StageOption(
                "competitors", type: "path", default: "none (no battlecards)",
                "the competitors file (YAML or JSON) loaded into the kit for battlecards and objection handling"),
            StageOption(
                "for", type: "mapping of buyers, channels, competitors to lists of ids", default: "every persona and competitor",
                "which buyer personas get a one-pager, which channel personas a brief, which competitors a battlecard; the cheat sheet always covers the whole kit"),
            StageOption(
                "key-messages", type: "list of message ids", default: "the first three messages not written for one channel, in file order",
                "the messages the cheat sheet leads with, in order"),
            StageOption(
                "next-step", type: "text", default: "Book a 30-minute demo of <product> <version> built around their priorities.",
                "the next step every one-pager ends with"),
        ],
        example: """
            - uses: enablement-sheets
              with:
                competitors: competitors.yml
                sheets: [cheat-sheet, battlecard, channel-brief, one-pager]
                for: { competitors: [skyline, ironclad] }
                next-step: Book a 30-minute risk review on a read-only connection to their cloud accounts.
            """
    )

    let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run(_ kit: inout Kit, in context: StageContext) async throws {
        if let path = options.competitors {
            kit.competitors += try CompetitorsFile.load(path, from: context.inputs, existing: kit.competitors)
        }
        let plan = try SheetPlan(kit: kit, options: options, configFile: context.configFile)
        for sheet in plan.sheets {
            try kit.addArtifact(Artifact(
                path: sheet.path, contents: try Self.render(sheet, kit: kit, plan: plan, in: context), kind: sheet.kind.artifactKind,
                title: sheet.title, subject: sheet.subject, stage: context.stageID))
        }
        let battlecards = plan.sheets(.battlecard)
        if !battlecards.isEmpty {
            let competitors = kit.competitors.filter { competitor in battlecards.contains { $0.subject?.id == competitor.id } }
            try kit.addArtifact(Artifact(
                path: CompanionTables.battlecardsPath, contents: CompanionTables.battlecards(competitors), kind: "sheet-table.battlecards",
                title: "Battlecard objections and answers", stage: context.stageID))
        }
        if !plan.sheets.isEmpty {
            try kit.addArtifact(Artifact(
                path: CompanionTables.indexPath, contents: CompanionTables.index(plan.sheets), kind: "sheet-table.index",
                title: "Sales sheets index", stage: context.stageID))
        }
    }

    /// Builds a sheet's view model and renders its template.
    static func render(_ sheet: PlannedSheet, kit: Kit, plan: SheetPlan, in context: StageContext) throws(DiagnosticError) -> String {
        let id = sheet.subject?.id
        let viewModel: Any
        switch sheet.kind {
        case .cheatSheet:
            viewModel = CheatSheetViewModel(kit: kit, plan: plan)
        case .battlecard:
            guard let competitor = kit.competitors.first(where: { $0.id == id }) else { preconditionFailure("planned for a competitor of the kit") }
            viewModel = BattlecardViewModel(competitor: competitor, kit: kit, plan: plan)
        case .channelBrief:
            guard let channel = kit.channelPersonas.first(where: { $0.id == id }) else { preconditionFailure("planned for a channel persona of the kit") }
            viewModel = ChannelBriefViewModel(channel: channel, kit: kit, plan: plan)
        case .onePager:
            guard let persona = kit.buyerPersonas.first(where: { $0.id == id }) else { preconditionFailure("planned for a buyer persona of the kit") }
            viewModel = OnePagerViewModel(persona: persona, kit: kit, plan: plan)
        }
        return try context.render(sheet.kind.templateName, viewModel)
    }
}
