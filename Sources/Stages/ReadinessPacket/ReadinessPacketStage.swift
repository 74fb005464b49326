import LaunchKitCore

/// `readiness-packet`: says, in one page and one number, whether the stakeholders of a launch are
/// ready, and opens the packet with it.
///
/// Input: whatever earlier stages put in the kit (personas, messages, findings, competitors, the
/// sheets' artifacts, other stages' checks); it needs none of them and says when something is
/// absent. Optionally a launch checklist (`checklist: checklist.yml`, see ``Checklist``).
///
/// Output: `README.md` (the packet index: verdict, score and gate first, then what blocks the
/// launch, every file of the packet, the score's breakdown, top findings, per-persona, per-channel
/// and per-competitor status), `checklist.md`, `checklist.csv` and `summary.json`; its checks in
/// `kit.checks` and the verdict in `kit.gate`, which the command line turns into exit code 1.
///
/// Findings: a warning when a checklist id looks like a mistyped required item.
///
/// The tiers, checks, score formula and summary.json schema are in ``description``'s discussion,
/// built from the same values the stage runs on (``LaunchTier``, ``RequiredItem``,
/// ``CheckFamily``), so `launchkit stages` cannot drift from the code.
public struct ReadinessPacketStage: Stage {
    public static let id = "readiness-packet"

    public static let description = StageDescription(
        id: id,
        summary: "Scores launch readiness (0-100) from the kit and a checklist, gates the build, and writes the packet's README, checklist and summary.json.",
        discussion: ReadinessDocumentation.discussion,
        needs: [],
        adds: [.checks],
        options: [
            StageOption("checklist", type: "path", default: "none", "the launch checklist (YAML); without one, every item the tier requires counts as missing"),
            StageOption("fail-under", type: "number 0-100", default: "none", "the gate fails when the score is below it; --fail-under on the command line wins"),
            StageOption("top-findings", type: "integer", default: String(ReadinessPacketOptions.defaultTopFindings), "how many findings README.md lists, most severe first"),
        ],
        // The CloudGuard example's entry: the tests build the example packet with exactly these options.
        example: """
            - uses: readiness-packet
              with:
                checklist: checklist.yml
                fail-under: 70
            """
    )

    let options: ReadinessPacketOptions

    public init(options: ReadinessPacketOptions) {
        self.options = options
    }

    public func run(_ kit: inout Kit, in context: StageContext) async throws {
        guard let tier = LaunchTier.numbered(kit.release.tier) else {
            throw DiagnosticError(.error(
                "launch tier must be 1, 2 or 3, found \(kit.release.tier)", at: context.entryLocation, rule: "readiness.tier"))
        }
        var checklist: Checklist?
        if let path = options.checklist {
            checklist = try Checklist.load(path, from: context.inputs)
        }

        kit.findings += Self.typoWarnings(tier: tier, checklist: checklist)
        let evaluator = ReadinessEvaluator(kit: kit, checklist: checklist, tier: tier, stageID: context.stageID)
        let assessment = evaluator.assess(threshold: context.environment.failUnderOverride ?? options.failUnder)
        kit.checks.removeAll { $0.stage == context.stageID }
        kit.checks += assessment.ownChecks
        kit.gate = assessment.gate

        let checklistPage = ChecklistPage(assessment, summary: ChecklistRows(assessment).summary(tier: tier))
        try kit.addArtifact(Artifact(
            path: ChecklistPage.path, contents: try context.render(ChecklistPage.template, checklistPage),
            kind: "readiness.checklist", title: "Launch checklist and automatic checks", stage: context.stageID))
        try kit.addArtifact(Artifact(
            path: ChecklistPage.csvPath, contents: ChecklistCSV.render(assessment, stageID: context.stageID),
            kind: "readiness.checklist-csv", title: "Launch checklist and checks as a spreadsheet", stage: context.stageID))
        // The index lists every file, its own and summary.json included; summary.json hashes every
        // file but itself, so it comes last.
        // Indexes list only the files this build writes (`--format md` leaves the CSVs out).
        let index = PacketIndex(
            assessment, kit: Self.written(kit, in: context.formats), topFindings: options.topFindings,
            generated: context.environment.sourceDate)
        try kit.addArtifact(Artifact(
            path: PacketIndex.path, contents: try context.render(PacketIndex.template, index),
            kind: "readiness.index", title: "Launch readiness at a glance", stage: context.stageID))
        try kit.addArtifact(Artifact(
            path: PacketIndex.summaryPath, contents: ReadinessSummary.render(assessment, kit: Self.written(kit, in: context.formats), generated: context.environment.sourceDate),
            kind: "readiness.summary", title: "Score, gate, checks and file hashes for tools", stage: context.stageID))
    }

    /// The kit with only the artifacts the packet writer will write.
    static func written(_ kit: Kit, in formats: Set<PacketFormat>) -> Kit {
        var written = kit
        written.artifacts = kit.artifacts.filter { $0.isWritten(in: formats) }
        return written
    }

    /// Warnings for checklist ids that look like mistyped required items, at the item.
    static func typoWarnings(tier: LaunchTier, checklist: Checklist?) -> [Diagnostic] {
        let requirements = TierRequirements(tier: tier.number, checklist: checklist)
        return requirements.missing.compactMap { entry in
            guard let typo = requirements.likelyTypo(of: entry.id, in: checklist) else { return nil }
            return Diagnostic(
                .warning, "checklist item '\(typo.id)' looks like the required item '\(entry.id)'", at: typo.location,
                rule: "readiness.required-item-id", suggestion: "rename it '\(entry.id)' so it counts for the tier \(tier.number) requirement",
                subject: Subject(.checklistItem, typo.id))
        }
    }
}
