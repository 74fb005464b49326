import Foundation
import LaunchKitCore
import LaunchKitYAML

/// `message-simplification`: checks every launch message against the "dummy explanation" test
/// (no jargon the buyer would not use, the value rather than the technology, one idea per
/// sentence, a reading grade fit for the reader) and proposes a plainer text.
///
/// Input: messages files (`messages:` and a list; each message has `id`, `text`, optional
/// `feature`, `benefit`, `proof`, `personas` and `channel`) and an optional glossary (`terms:` and
/// a list; each term has `term`, optional `expansion`, `plain` and `personas`, or `personas: all`).
/// A file may also be the list alone.
///
/// Rules: the styles under `styles:`, in order. `launchkit` is the built-in pack: Vale rules for
/// hedges, buzzwords, corporate speak, passive voice and long sentences, and kit-aware rules for
/// jargon (glossary terms the message's personas do not use), acronyms not spelled out at first
/// use, a missing benefit, a missing proof point and a grade above a persona's reading level. Any
/// other entry is a Vale style folder, loaded as it is.
///
/// Personas: read from the kit when an earlier `persona-import` added them. Without them, persona
/// and channel ids are not checked, `jargon_ok` is not read, and `launchkit.GradeLevel` checks
/// nothing; a message without `personas` is then for a general reader, to whom every glossary
/// term not marked `all` is jargon.
///
/// Output: the messages (with scores and rewrite), the glossary and the findings in the kit;
/// `messages.md` (template `messages.mustache`), `messages.csv` and `findings.csv`.
///
/// Findings: located at the flagged words in the messages file (plain, quoted, literal and folded
/// text alike), or at the message's first key for a missing benefit or proof point.
/// Errors (exit 2): a missing or invalid file, an empty or duplicate id, an empty text, an
/// unknown persona or channel id, a duplicate glossary term, a missing style folder or invalid
/// rule file, an unknown rule under `rules:`.
public struct MessageSimplificationStage: Stage {
    public static let description = StageDescription(
        id: "message-simplification",
        summary: "Checks launch messages for jargon, hedges, buzzwords and reading grade, and proposes a plainer text.",
        discussion: """
            Input: messages files ('messages:' and a list, or the list alone). A message has id and text
            (required), feature, benefit, proof, personas (buyer persona ids; none means every buyer
            persona of the kit) and channel (a channel persona id). The glossary ('terms:' and a list) has
            term (required), expansion (the long form of an acronym), plain (what a buyer would say
            instead) and personas (who may read the term as it is; 'all' for everyone). A persona's
            jargon_ok also allows a term for that persona.

            Rules: the styles under 'styles:', in order. 'launchkit' is the built-in pack. Its Vale rules:
            launchkit.Hedging, launchkit.Buzzwords, launchkit.CorporateSpeak (warnings),
            launchkit.PassiveVoice (a suggestion), launchkit.SentenceLength (a warning). Its kit rules:
            launchkit.Jargon (a glossary term the message's personas do not use), launchkit.Acronyms (not
            spelled out at first use), launchkit.GradeLevel (Flesch-Kincaid grade above the lowest
            reading_level of the message's personas) are warnings; launchkit.Benefit (no benefit) is an
            error; launchkit.ProofPoint (a feature with no proof) a suggestion. Any other entry is a Vale
            style folder, loaded as it is.

            Rewrite: glossary plain wording, acronyms spelled out at first use and substitution swaps,
            applied in text order with capitals and a/an fixed; nothing else is added or removed. Scores
            (Flesch reading ease, Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau, ARI, Dale-Chall,
            LIX) agree with textstat.

            Without buyer personas in the kit (run persona-import first), persona ids are not checked,
            jargon_ok is not read and launchkit.GradeLevel checks nothing.

            Output: messages.md (template messages.mustache), messages.csv (scores, finding counts and
            rewrite per message), findings.csv (file, line, column, severity, rule, message, suggestion).

            Findings point at the flagged words in the messages file, or at the message for a missing
            benefit or proof point. Errors (exit 2): a missing or invalid file, an empty or duplicate id,
            an empty text, an unknown persona or channel, a duplicate glossary term, a missing style
            folder or invalid rule file, an unknown rule under 'rules:'.
            """,
        adds: [.messages, .glossary, .findings],
        options: [
            StageOption("messages", type: "path or list of paths", "Messages files (.yml, .yaml or .json)."),
            StageOption("glossary", type: "path", default: "none", "The glossary file: terms, their expansion, plain wording and who may read them."),
            StageOption("styles", type: "list of 'launchkit' or Vale style folders", default: "[launchkit]",
                        "Style packs in the order they run: 'launchkit' for the built-in rules, or the path of a Vale style folder (one .yml file per rule)."),
            StageOption("max-sentence-words", type: "integer 5-100", default: "\(LaunchKitPack.defaultMaxSentenceWords)",
                        "The word limit of launchkit.SentenceLength."),
            StageOption("min-level", type: "suggestion, warning or error", default: "suggestion", "Findings below this severity are left out."),
            StageOption("rules", type: "mapping of rule id to error, warning, suggestion or off", default: "none",
                        "Changes the severity of single rules of the selected styles, or turns them off: { launchkit.PassiveVoice: off }."),
        ],
        example: """
            - uses: message-simplification
              with:
                messages: messages.yml
                glossary: glossary.yml
                styles: [launchkit, styles/CloudGuard]
                max-sentence-words: 25
                rules: { launchkit.PassiveVoice: off, launchkit.Jargon: error }
            """
    )

    let options: MessageSimplificationOptions

    public init(options: MessageSimplificationOptions) {
        self.options = options
    }

    public func run(_ kit: inout Kit, in context: StageContext) async throws {
        let inputs = try MessageInputs.load(messageFiles: options.messages, glossaryFile: options.glossary, from: context.inputs, kit: kit)
        let styles = try StyleSelection.load(
            options.styles, maxSentenceWords: options.maxSentenceWords,
            resolve: { path throws(DiagnosticError) in try context.inputs.resolve(path) },
            displayPath: { context.inputs.displayPath(for: URL(fileURLWithPath: $0)) })
        let kitRules = options.styles.contains { $0.path == LaunchKitPack.styleName } ? LaunchKitPack.kitRules : []
        try Self.checkRuleSettings(options.rules, known: styles.rules.map(\.name) + kitRules.map { $0.description.id })

        let analyzer = MessageAnalyzer(styleRules: styles.rules, kitRules: kitRules, settings: options.rules, minimumLevel: options.minLevel)
        let readersByID = Audience.readersByID(kit.buyerPersonas)
        var reports = inputs.messages.map { sourced in
            Self.report(sourced, analyzer: analyzer, glossary: inputs.glossary, kitPersonas: kit.buyerPersonas, readersByID: readersByID)
        }
        kit.messages += reports.map(\.message)
        kit.glossary += inputs.glossary.terms.map { $0.kitTerm(allPersonas: kit.buyerPersonas.map(\.id)) }
        kit.findings += styles.warnings
        let firstFinding = kit.findings.endIndex
        Self.addFindings(of: &reports, to: &kit.findings)

        let page = MessagesPage(release: kit.release, reports: reports, kitPersonas: kit.buyerPersonas, kitChannels: kit.channelPersonas)
        try kit.addArtifact(Artifact(
            path: "messages.md", contents: try context.render("messages", page), kind: "messages",
            title: "Launch messages, simplified", stage: context.stageID))
        try kit.addArtifact(Artifact(
            path: "messages.csv", contents: MessagesCSV.render(reports), kind: "messages", title: "Messages (CSV)", stage: context.stageID))
        try kit.addArtifact(Artifact(
            path: "findings.csv", contents: FindingsCSV.render(kit.findings[firstFinding...]), kind: "findings", title: "Message findings (CSV)", stage: context.stageID))
    }

    /// One message checked, scored and rewritten, with its findings placed in its file.
    static func report(
        _ sourced: SourcedMessage, analyzer: MessageAnalyzer, glossary: Glossary, kitPersonas: [BuyerPersona], readersByID: [String: Audience.Reader]
    ) -> MessageReport {
        let audience = Audience(message: sourced.message, kitPersonas: kitPersonas, readersByID: readersByID)
        let analysis = analyzer.analyze(sourced.message, audience: audience, glossary: glossary)
        var message = sourced.message
        message.scores = analysis.scores
        message.rewrite = analysis.rewrite
        message.rewriteScores = analysis.rewriteScores
        let findings = analysis.findings.map { finding in
            Diagnostic(
                finding.severity, finding.message, at: sourced.location(of: finding.placement), rule: finding.rule,
                suggestion: finding.suggestion, subject: Subject(.message, message.id))
        }
        return MessageReport(message: message, findings: ArraySlice(findings), audience: audience)
    }

    /// Appends the reports' findings to the kit's, then points each report at its part of the
    /// kit's list.
    ///
    /// A kit of 10,000 messages has some 66,000 findings: held once, not once in the kit and once
    /// in the reports (about 10 MB more at the peak, while `messages.md` renders). The kit's list
    /// is not changed while the reports share it, so nothing is copied.
    static func addFindings(of reports: inout [MessageReport], to findings: inout [Diagnostic]) {
        findings.reserveCapacity(findings.count + reports.reduce(0) { $0 + $1.findings.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(reports.count)
        for report in reports {
            let start = findings.endIndex
            findings += report.findings
            ranges.append(start..<findings.endIndex)
        }
        for (index, range) in zip(reports.indices, ranges) {
            let report = reports[index]
            reports[index] = MessageReport(message: report.message, findings: findings[range], audience: report.audience)
        }
    }

    /// Every rule named under `rules:` must be a rule of the selected styles.
    static func checkRuleSettings(_ settings: RuleSettings, known: [String]) throws(DiagnosticError) {
        let problems = settings.entries.filter { !known.contains($0.rule) }.map { entry in
            Diagnostic.error(
                "unknown rule '\(entry.rule)'", at: entry.location, rule: "messages.unknown-rule",
                suggestion: NearestMatch.find(entry.rule, in: known).map { "did you mean '\($0)'?" }
                    ?? "the selected styles have: \(known.sorted().joined(separator: ", "))")
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }
}
