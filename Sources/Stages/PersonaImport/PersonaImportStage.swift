import LaunchKitCore

/// `persona-import`: reads the buyer and sales-channel personas a product marketer keeps in YAML,
/// JSON or CSV, checks them, scores how complete each is, and adds them to the kit.
///
/// Input: files listed under `buyers:`, `channels:` and `personas:` (files that mix both kinds and
/// say each persona's `kind`, as `personas.csv` does). A YAML or JSON file holds one persona, a
/// list of them, or lists under `buyers:` and `channels:`. A CSV or TSV file has a header row and
/// one persona per row; headers match fields ignoring case and spaces, `columns:` maps other
/// headers, and a list cell holds items separated by `list-separator` (or one per line).
///
/// Buyer persona fields (Adele Revella's five rings of buying insight, then what a rep and a writer
/// need): `id`, `name` (both required), `title`, `role_in_purchase` (decision maker, economic buyer,
/// influencer, user, blocker, champion), `priority_initiatives`, `success_factors`,
/// `perceived_barriers`, `decision_criteria`, `buyers_journey`, `information_sources`,
/// `measured_by`, `reading_level` (grade 1–18), `jargon_ok`, `discovery_questions`, `notes`.
/// Channel persona fields: `id`, `name`, `channel`, `sales_style`, `measured_by`, `motivations`,
/// `changes_asked`, `tools_needed`, `objections`, `contact`, `notes`.
///
/// Output: the personas in the kit, each with its completeness; `personas.md` (one section per
/// persona, for sales) from template `personas.mustache`; `personas.csv` (one row per persona,
/// which reads back through this stage with `personas: personas.csv`).
///
/// Errors (exit 2, every one at `file:line:column`, for CSV at the cell): a missing required field
/// or column, a duplicate id (with where it was first defined), an empty persona or file, a wrong
/// type, a reading level outside 1–18, an unknown role or kind, a row with more cells than the
/// header. Findings: a warning per persona below `min-completeness` naming what is missing; a
/// warning per unknown key or column with the nearest field (an error with `strict: true`).
public struct PersonaImportStage: Stage {
    public static let description = StageDescription(
        id: "persona-import",
        summary: "Reads buyer and channel personas from YAML, JSON or CSV, checks them and scores their completeness.",
        discussion: """
            Input: files under 'buyers:', 'channels:' and 'personas:' (both kinds, each persona with a
            'kind'). YAML and JSON: one persona, a list, or lists under 'buyers:' and 'channels:'. CSV and
            TSV: a header row, then one persona per row. Headers match fields ignoring case and spaces;
            'columns:' maps other headers (or ~ to ignore one). A list cell holds items separated by
            'list-separator', or one item per line.

            Buyer fields: id and name (required), title, role_in_purchase (decision maker, economic buyer,
            influencer, user, blocker, champion), the five rings of buying insight (priority_initiatives,
            success_factors, perceived_barriers, decision_criteria, buyers_journey), information_sources,
            measured_by, reading_level (grade 1-18), jargon_ok, discovery_questions, notes.
            Channel fields: id and name (required), channel, sales_style, measured_by, motivations,
            changes_asked, tools_needed, objections, contact, notes.

            Completeness (0-100) is the weighted share of key fields filled in. Buyers: each of the five
            rings 2 points; title, role_in_purchase, information_sources, measured_by, reading_level 1.
            Channels: changes_asked, tools_needed, measured_by 2 points; channel, sales_style,
            motivations, objections 1.

            Output: personas.md (template personas.mustache) and personas.csv (one row per persona; it
            reads back with 'personas: personas.csv').

            Errors (exit 2), each at file:line:column, for CSV at the cell: a missing required field or
            column, a duplicate id, an empty persona or file, a wrong type, a reading_level outside 1-18,
            an unknown role_in_purchase or kind. Findings: a warning for each persona below
            min-completeness, naming what is missing; a warning for each unknown key or column, with the
            nearest field (an error with strict: true).
            """,
        adds: [.buyerPersonas, .channelPersonas],
        options: [
            StageOption("buyers", type: "path, or list of paths or { path, format, columns, list-separator }", default: "none",
                        "Files of buyer personas (.yml, .yaml, .json, .csv, .tsv)."),
            StageOption("channels", type: "path, or list of paths or { path, format, columns, list-separator }", default: "none",
                        "Files of sales channel personas."),
            StageOption("personas", type: "path, or list of paths or { path, format, columns, list-separator }", default: "none",
                        "Files that mix both kinds, each persona with 'kind: buyer' or 'kind: channel' (such as a personas.csv this stage wrote). At least one of buyers, channels and personas is needed."),
            StageOption("columns", type: "mapping of CSV header to field (or ~ to ignore it)", default: "none",
                        "Maps headers a CRM or spreadsheet wrote to persona fields, for every CSV and TSV file; a file's own 'columns:' adds to it."),
            StageOption("list-separator", type: "text", default: "\";\"",
                        "Separates list items in one CSV cell; a cell with line breaks holds one item per line instead."),
            StageOption("strict", type: "true/false", default: "false",
                        "Makes unknown keys, unknown columns and unused 'columns:' entries errors instead of warnings."),
            StageOption("min-completeness", type: "integer 0-100", default: "\(PersonaImportOptions.defaultMinCompleteness)",
                        "Personas scoring below it get a warning that names what is missing; 0 turns the warnings off."),
        ],
        example: """
            - uses: persona-import
              with:
                buyers: personas/buyers.yml
                channels:
                  - path: personas/channels.csv
                    columns:
                      "Channel Persona ID": id
                      "Channel Persona": name
                      "Route to Market": channel
                      "How They Sell": sales_style
                      "Comp Plan": measured_by
                      "What's In It For Them": motivations
                      "What 2.0 Asks": changes_asked
                      "Enablement Needed": tools_needed
                      "Likely Objections": objections
                      "Partner Manager": contact
                      "Last Modified": ~
                min-completeness: 80
            """
    )

    let options: PersonaImportOptions

    public init(options: PersonaImportOptions) {
        self.options = options
    }

    public func run(_ kit: inout Kit, in context: StageContext) async throws {
        let existing = kit.buyerPersonas.map(ImportedPersona.existing) + kit.channelPersonas.map(ImportedPersona.existing)
        let result = PersonaImporter(options: options, inputs: context.inputs).run(existing: existing)
        if !result.diagnostics.errors.isEmpty {
            throw DiagnosticError(result.diagnostics.errors.sorted())
        }
        kit.buyerPersonas += result.buyers
        kit.channelPersonas += result.channels
        kit.findings += result.diagnostics.warnings.sorted()

        let page = PersonasPage(release: kit.release, buyers: kit.buyerPersonas, channels: kit.channelPersonas)
        try kit.addArtifact(Artifact(
            path: "personas.md", contents: try context.render("personas", page), kind: "personas",
            title: "Who buys and who sells", stage: context.stageID))
        try kit.addArtifact(Artifact(
            path: "personas.csv", contents: PersonasCSV.render(buyers: kit.buyerPersonas, channels: kit.channelPersonas),
            kind: "personas", title: "Personas (CSV)", stage: context.stageID))
    }
}
