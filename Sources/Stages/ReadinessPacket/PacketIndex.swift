import LaunchKitCore

/// The view model of `README.md`, the first page a sales leader opens: the verdict and the score
/// at the top, then what blocks the launch, every file of the packet, how the score adds up, the
/// top findings, and where each persona, channel and competitor stands.
///
/// Every value is text the template writes as it is (numbers and sentences formatted here), so
/// the template decides layout only and a user's override cannot get the arithmetic wrong.
struct PacketIndex {
    static let path = "README.md"
    static let summaryPath = "summary.json"
    static let template = "packet-index"

    struct Blocker {
        var title: String
        var detail: String
        /// Why it blocks: "Required for tier 1 launches.", "From the legal-review stage.".
        var why: String
    }

    struct OpenCheck {
        var title: String
        var passed: String
        /// Who or what still fails, in a few words.
        var failing: String
        var pointsLost: String
    }

    struct FileEntry {
        var path: String
        var title: String
    }

    struct ScoreRow {
        var title: String
        var blocking: Bool
        var result: String
        var points: String
    }

    struct Finding {
        var severity: String
        var location: String?
        var message: String
        var rule: String?
    }

    struct BuyerRow {
        var name: String
        var messages: String
        var onePager: String?
        var readingLevel: String
        var completeness: String
    }

    struct ChannelRow {
        var name: String
        var brief: String?
        var changes: String
        var completeness: String
    }

    struct CompetitorRow {
        var name: String
        var battlecard: String?
    }

    var releaseTitle: String
    var releaseDate: String
    var tierNumber: Int
    var tierName: String
    var pitch: String?
    var ready: Bool
    /// "Ready" or "Not ready: 3 blocking items".
    var verdict: String
    var score: Int
    /// "failed: 3 blocking items (the score meets the required 70)".
    var gate: String
    var generated: String?

    var blockers: [Blocker]
    /// "The score is 62, 8 points short of the required 70.", when it is.
    var shortfall: String?
    var nothingBlocks: Bool
    var open: [OpenCheck]

    var files: [FileEntry]

    var scoreRows: [ScoreRow]
    var earned: String
    var possible: String
    /// "70 ÷ 90 × 100 = 77.7, rounded down to 77".
    var arithmetic: String

    var findingsSummary: String
    var topFindings: [Finding]

    var buyers: [BuyerRow]
    var channels: [ChannelRow]
    var competitors: [CompetitorRow]

    var checklistSummary: String
    var checklistPath: String

    init(_ assessment: ReadinessAssessment, kit: Kit, topFindings limit: Int, generated: CalendarDate?) {
        let release = assessment.release
        let gate = assessment.gate
        let blockers = assessment.blockers
        releaseTitle = release.title
        releaseDate = release.date.description
        tierNumber = assessment.tier.number
        tierName = assessment.tier.name
        pitch = release.pitch
        ready = gate.passed
        score = assessment.score.value
        self.generated = generated?.description
        checklistPath = ChecklistPage.path

        let threshold = gate.threshold.map(ReadinessText.points)
        let blockingCount = ReadinessText.count(blockers.count, "blocking item")
        switch (blockers.isEmpty, assessment.isBelowThreshold) {
        case (true, false): verdict = "Ready"
        case (false, false): verdict = "Not ready: \(blockingCount)"
        case (true, true): verdict = "Not ready: the score of \(score) is below the required \(threshold ?? "")"
        case (false, true): verdict = "Not ready: \(blockingCount) and a score below \(threshold ?? "")"
        }
        switch (threshold, gate.passed) {
        case (let threshold?, true): self.gate = "passed (it asks for a score of at least \(threshold) and no blocking item)"
        case (nil, true): self.gate = "passed (it asks for no blocking item; no minimum score is set)"
        case (let threshold?, false) where blockers.isEmpty: self.gate = "failed: the score is below the required \(threshold)"
        case (let threshold?, false) where assessment.isBelowThreshold: self.gate = "failed: \(blockingCount), and the score is below the required \(threshold)"
        case (let threshold?, false): self.gate = "failed: \(blockingCount) (the score meets the required \(threshold))"
        case (nil, false): self.gate = "failed: \(blockingCount) (no minimum score is set)"
        }

        let labels = SubjectLabels(kit: kit, assessment: assessment)
        self.blockers = blockers.map { check in
            let why = switch assessment.family(of: check)?.family.id {
            case CheckFamily.requiredItems.id?: "Required for tier \(assessment.tier.number) launches."
            case CheckFamily.noErrors.id?: "Error-level findings block every launch."
            default: "A blocking check of the \(check.stage) stage."
            }
            return Blocker(title: check.title, detail: check.detail ?? "failed", why: why)
        }
        if let required = gate.threshold, assessment.isBelowThreshold {
            let short = ReadinessText.points(required - gate.score)
            shortfall = "The score is \(score), \(short) \(short == "1" ? "point" : "points") short of the required \(threshold ?? ""). What costs the most points is listed first below."
        } else {
            shortfall = nil
        }
        nothingBlocks = blockers.isEmpty && !assessment.isBelowThreshold
        open = Self.openChecks(assessment, labels: labels)

        files = Self.files(kit.artifacts)

        scoreRows = assessment.families.map { result in
            guard result.isApplicable else {
                return ScoreRow(title: result.family.title, blocking: result.family.blocking,
                                result: "not applicable: \(result.notApplicableReason ?? "")", points: "—")
            }
            return ScoreRow(
                title: result.family.title, blocking: result.family.blocking,
                result: result.checks.count == 1 ? (result.passed.isEmpty ? "failed" : "passed") : "\(result.passed.count) of \(result.checks.count) passed",
                points: "\(ReadinessText.points(result.earned)) of \(ReadinessText.points(result.family.points))")
        } + assessment.external.map { check in
            let weight = ReadinessScore.weight(check)
            return ScoreRow(
                title: "\(check.title) (\(check.stage))", blocking: check.blocking, result: check.passed ? "passed" : "failed",
                points: "\(ReadinessText.points(check.passed ? weight : 0)) of \(ReadinessText.points(weight))")
        }
        earned = ReadinessText.points(assessment.score.earned)
        possible = ReadinessText.points(assessment.score.possible)
        if assessment.score.possible > 0 {
            let exact = 100 * assessment.score.earned / assessment.score.possible
            let shown = ReadinessText.oneDecimal(exact)
            arithmetic = shown == String(score)
                ? "\(earned) ÷ \(possible) × 100 = \(score)"
                : "\(earned) ÷ \(possible) × 100 = \(shown), rounded down to \(score)"
        } else {
            arithmetic = "no check applies, so the score is 0"
        }

        (findingsSummary, topFindings) = Self.findings(kit, limit: limit)
        let index = KitIndex(kit)
        buyers = Self.buyerRows(kit, index: index)
        channels = Self.channelRows(kit, index: index)
        competitors = kit.competitors.map { competitor in
            CompetitorRow(name: competitor.name, battlecard: index.sheet(SheetKind.battlecard, about: Subject(.competitor, competitor.id))?.path)
        }
        checklistSummary = ChecklistRows(assessment).summary(tier: assessment.tier)
    }

    // MARK: Sections

    /// Failed checks that do not block, by points lost (most first), one line per family.
    private static func openChecks(_ assessment: ReadinessAssessment, labels: SubjectLabels) -> [OpenCheck] {
        var rows: [(lost: Double, order: Int, row: OpenCheck)] = []
        for (order, result) in assessment.families.enumerated() where !result.family.blocking && !result.failed.isEmpty {
            let lost = result.family.points - result.earned
            rows.append((lost, order, OpenCheck(
                title: result.family.title, passed: "\(result.passed.count) of \(result.checks.count)",
                failing: ReadinessText.list(result.failed.map(labels.label), limit: 3), pointsLost: ReadinessText.points(lost))))
        }
        for (offset, check) in assessment.external.enumerated() where !check.blocking && !check.passed {
            rows.append((ReadinessScore.weight(check), assessment.families.count + offset, OpenCheck(
                title: "\(check.title) (\(check.stage))", passed: "0 of 1", failing: check.detail ?? "failed",
                pointsLost: ReadinessText.points(ReadinessScore.weight(check)))))
        }
        return rows.sorted { ($1.lost, $0.order) < ($0.lost, $1.order) }.map(\.row)
    }

    /// Every file of the packet: this page, the sales sheets (cheat sheet first), other pages,
    /// spreadsheets, then files for tools.
    private static func files(_ artifacts: [Artifact]) -> [FileEntry] {
        let all = artifacts.map { ($0.path, $0.kind, $0.title) } + [
            (path, "readiness.index", "This page: launch readiness at a glance"),
            (summaryPath, "readiness.summary", "Score, gate, checks and file hashes for tools"),
        ]
        func group(_ file: (path: String, kind: String, title: String)) -> Int {
            if file.path == path { return 0 }
            if file.kind == SheetKind.cheatSheet { return 1 }
            if SheetKind.isSheet(file.kind) { return 2 }
            if file.path.hasSuffix(".md") { return 3 }
            if file.path.hasSuffix(".csv") { return 4 }
            return 5
        }
        return all.sorted { (group($0), $0.0) < (group($1), $1.0) }.map { FileEntry(path: $0.0, title: $0.2) }
    }

    private static func findings(_ kit: Kit, limit: Int) -> (String, [Finding]) {
        guard !kit.findings.isEmpty else { return ("No stage reported a finding.", []) }
        let counts = kit.findingCounts()
        let parts = [(Diagnostic.Severity.error, "error"), (.warning, "warning"), (.suggestion, "suggestion")]
            .compactMap { severity, noun in counts[severity].map { ReadinessText.count($0, noun) } }
        var summary = "\(ReadinessText.count(kit.findings.count, "finding")): \(ReadinessText.list(parts))."
        let shown = kit.findings.smallest(limit) { $0.severity != $1.severity ? $0.severity > $1.severity : $0 < $1 }
        let csv = kit.artifacts.first { $0.path == "findings.csv" }
        if shown.count < kit.findings.count {
            summary += " The \(shown.count) most severe are below"
            summary += csv.map { "; [\($0.path)](\($0.path)) has all of them." } ?? "."
        } else if let csv {
            summary += " They are also in [\(csv.path)](\(csv.path))."
        }
        return (summary, shown.map { finding in
            Finding(
                severity: finding.severity.rawValue.prefix(1).uppercased() + finding.severity.rawValue.dropFirst(),
                location: finding.location?.description, message: finding.message, rule: finding.rule)
        })
    }

    private static func buyerRows(_ kit: Kit, index: KitIndex) -> [BuyerRow] {
        kit.buyerPersonas.map { persona in
            let messages = index.messages(forPersona: persona.id)
            let readingLevel: String
            if let target = persona.readingLevel {
                let scored = messages.compactMap { $0.scores?.fleschKincaidGrade }
                let within = scored.filter { ($0 * 10).rounded() / 10 <= target }.count
                readingLevel = scored.isEmpty
                    ? "grade \(ReadinessText.grade(target)); no scored message"
                    : "\(within) of \(scored.count) within grade \(ReadinessText.grade(target))"
            } else {
                readingLevel = "no target"
            }
            return BuyerRow(
                name: persona.name, messages: String(messages.count),
                onePager: index.sheet(SheetKind.onePager, about: Subject(.buyerPersona, persona.id))?.path, readingLevel: readingLevel,
                completeness: completeness(persona.completeness))
        }
    }

    private static func channelRows(_ kit: Kit, index: KitIndex) -> [ChannelRow] {
        kit.channelPersonas.map { channel in
            let support = ChannelSupport(channel: channel, channelMessages: index.messageCount(forChannel: channel.id))
            let changes = support.changes == 0
                ? "none asked"
                : "\(min(support.supports, support.changes)) of \(support.changes) supported"
            return ChannelRow(
                name: channel.name, brief: index.sheet(SheetKind.channelBrief, about: Subject(.channelPersona, channel.id))?.path, changes: changes,
                completeness: completeness(channel.completeness))
        }
    }

    private static func completeness(_ value: Completeness?) -> String {
        guard let value else { return "not scored" }
        return value.isSufficient ? "\(value.score)%" : "\(value.score)% (below \(value.minimum)%)"
    }

}
