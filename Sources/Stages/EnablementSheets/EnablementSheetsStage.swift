import LaunchKitCore

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
        summary: "Renders the cheat sheet, battlecards, channel briefs and one-pagers sales asks for before a launch.",
        discussion: """
            Input: the buyer personas (run persona-import first) and, when the kit has them, channel
            personas, messages (quoted in message-simplification's plainer rewrite when it proposed one)
            and competitors. 'competitors:' loads a YAML or JSON file holding a 'competitors:' list of
            {id, name, positioning, strengths, weaknesses, why_we_win, landmines, objections: [{objection,
            answer}], quick_dismissals, pricing_notes}; only name is required, and id defaults to the slug
            of the name.

            Sheets, as Markdown under sheets/: cheat-sheet.md (the release's pitch, the key messages,
            what to say to each buyer persona, their discovery questions, objection handling from the
            competitors and the channel personas, the messages' proof points, the release's highlights);
            battlecard-<id>.md per competitor; channel-brief-<id>.md per channel persona (changes_asked,
            motivations, measured_by, tools_needed, messages written for the channel, objections,
            contact); one-pager-<id>.md per buyer persona (priority_initiatives, the benefits of their
            messages, those messages and their proof, perceived_barriers, the next step). A kit without
            competitors, channel personas or messages still renders, and the cheat sheet says what to
            add where. Also battlecards.csv (competitor, objection, answer) and sheets.csv (an index).

            Templates: cheat-sheet, battlecard, channel-brief, one-pager and the sheet-* partials, built
            in; a file of the same name in the kit's 'templates:' folder replaces one, and the others stay.

            Errors (exit 2), each at file:line:column: in the competitors file, every unknown key (with the
            nearest field), missing or empty name, duplicate id (with where it was first defined) and
            objection without its answer, all at once; an unknown or repeated id in 'for:' or
            'key-messages:'; a template naming a value the sheet does not have. Findings: none.
            """,
        needs: [.buyerPersonas],
        adds: [.competitors, .sheets],
        options: [
            StageOption(
                "sheets", type: "list of cheat-sheet, battlecard, channel-brief, one-pager", default: "all four",
                "The sheets to render."),
            StageOption(
                "competitors", type: "path", default: "none",
                "The competitors file, loaded into the kit for battlecards and objection handling."),
            StageOption(
                "for", type: "mapping of buyers, channels, competitors to lists of ids", default: "everyone",
                "Which buyer personas get a one-pager, which channel personas a brief and which competitors a battlecard; an empty list means none. The cheat sheet always covers the whole kit."),
            StageOption(
                "key-messages", type: "list of message ids", default: "the first three messages not written for one channel",
                "The messages the cheat sheet leads with, in this order."),
            StageOption(
                "next-step", type: "text", default: "\"Book a 30-minute demo of <product> <version> built around their priorities.\"",
                "The next step every one-pager ends with."),
        ],
        example: """
            - uses: enablement-sheets
              with:
                sheets: [cheat-sheet, battlecard, channel-brief, one-pager]
                competitors: competitors.yml
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
