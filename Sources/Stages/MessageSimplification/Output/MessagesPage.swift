import LaunchKitCore

/// The view model of `messages.md` (template `messages.mustache`): every message with its score,
/// findings and proposed rewrite, in words a sales rep reads on a phone. Built from values only;
/// the template decides the layout.
///
/// Property names are the template's vocabulary: the names messages files use, snake_case.
struct MessagesPage: Sendable {
    var title: String
    /// One paragraph: how many messages, how many are ready, how many findings.
    var summary: String
    /// What the page could not check and why (no personas in the kit).
    var notes: [String]
    var messages: [Section]

    struct Section: Sendable {
        var id: String
        /// The feature, or the id when the message has none.
        var heading: String
        /// "Ready", "Needs work" or "Blocked".
        var status: String
        /// Who the message is for, by persona name.
        var audience: String
        /// The sales channel it is written for, by name, if any.
        var channel: String?
        /// "Grade 12.3 (target 10 for CFO), reading ease 41.2."
        var score: String
        var text: String
        var benefit: String?
        var proof: String?
        var findings: [Finding]
        var rewrite: String?
        /// "Grade 14.2 before, 9.8 after."
        var rewrite_score: String?
    }

    struct Finding: Sendable {
        /// "Error", "Warning" or "Suggestion".
        var severity: String
        var message: String
        var suggestion: String?
        var rule: String
        /// `messages.yml:12:9`.
        var location: String
    }

    init(title: String, summary: String, notes: [String], messages: [Section]) {
        self.title = title
        self.summary = summary
        self.notes = notes
        self.messages = messages
    }

    /// The page for a release's message reports.
    init(release: Release, reports: [MessageReport], kitPersonas: [BuyerPersona], kitChannels: [ChannelPersona] = []) {
        title = release.title
        let ready = reports.filter { $0.status == .ready }.count
        // Counted report by report: a kit of 10,000 messages has some 66,000 findings.
        let counts = Diagnostic.Severity.allCases.reversed().map { severity in
            Self.counted(reports.reduce(0) { $0 + $1.count(severity) }, severity.rawValue)
        }
        let findings = reports.reduce(0) { $0 + $1.findings.count }
        summary = "\(Self.counted(reports.count, "message")): \(ready) ready to use, \(reports.count - ready) to rework. "
            + "\(Self.counted(findings, "finding")) (\(EnglishList.joined(counts)))."
        notes = kitPersonas.isEmpty
            ? ["The kit has no buyer personas: persona ids were not checked, no message was compared with a reading grade, and no persona's accepted jargon was read. Run persona-import before this stage."]
            : []
        // Names by id, looked up once per page rather than searched for in every section.
        let names = Names(
            personas: Dictionary(kitPersonas.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
            channels: Dictionary(kitChannels.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
        messages = reports.map { Self.section($0, names: names) }
    }

    /// Persona and channel names by id; an id that is not in the kit shows as it is.
    private struct Names {
        var personas: [String: String]
        var channels: [String: String]
    }

    private static func section(_ report: MessageReport, names kitNames: Names) -> Section {
        let message = report.message
        let names = report.audience.personaIDs.map { id in kitNames.personas[id] ?? id }
        var score = ""
        if let scores = message.scores {
            score = "Grade \(GradeLevelRule.format(scores.fleschKincaidGrade))"
            if let target = report.audience.targetGrade {
                let name = kitNames.personas[target.persona] ?? target.persona
                score += " (target \(GradeLevelRule.format(target.grade)) for \(name))"
            }
            score += ", reading ease \(GradeLevelRule.format(scores.fleschReadingEase))."
        }
        var rewriteScore: String?
        if let before = message.scores, let after = message.rewriteScores {
            rewriteScore = "Grade \(GradeLevelRule.format(before.fleschKincaidGrade)) before, \(GradeLevelRule.format(after.fleschKincaidGrade)) after."
        }
        return Section(
            id: message.id, heading: message.feature ?? message.id, status: statusTitle(report.status),
            audience: names.isEmpty ? "every buyer" : EnglishList.joined(names),
            channel: message.channel.map { id in kitNames.channels[id] ?? id }, score: score, text: message.text,
            benefit: message.benefit, proof: message.proof,
            findings: report.findings.map { finding in
                Finding(
                    severity: severityTitles[finding.severity] ?? finding.severity.rawValue,
                    message: finding.message,
                    // A swap's message already quotes its replacement ("use 'use' instead of 'leverage'").
                    suggestion: finding.suggestion.flatMap { quotes(finding.message, $0) ? nil : $0 },
                    rule: finding.rule ?? "",
                    location: finding.location?.description ?? "")
            },
            rewrite: message.rewrite, rewrite_score: rewriteScore)
    }

    /// "Error", "Warning", "Suggestion", written once rather than once per finding.
    private static let severityTitles = Dictionary(uniqueKeysWithValues: Diagnostic.Severity.allCases.map { severity in
        (severity, severity.rawValue.prefix(1).uppercased() + severity.rawValue.dropFirst())
    })

    /// Whether `message` quotes `text` ('text').
    ///
    /// ASCII is searched byte by byte: no character of ASCII text spans a quote, so the bytes give
    /// Foundation's answer without its bridging to NSString (a sixth of building the page).
    private static func quotes(_ message: String, _ text: String) -> Bool {
        let quoted = "'\(text)'"
        let haystack = Array(message.utf8), needle = Array(quoted.utf8)
        guard haystack.allSatisfy({ $0 < 0x80 }), needle.allSatisfy({ $0 < 0x80 }) else { return message.contains(quoted) }
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in haystack[start..<(start + needle.count)].elementsEqual(needle) }
    }

    private static func statusTitle(_ status: MessageReport.Status) -> String {
        switch status {
        case .ready: "Ready"
        case .needsWork: "Needs work"
        case .blocked: "Blocked"
        }
    }

    /// "1 message", "3 findings", "0 errors".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
