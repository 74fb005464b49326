/// `launchkit.Acronyms`: an acronym whose first use in a message is not spelled out.
///
/// A word of two or more capitals (digits allowed, a plural `s` allowed: "SBOMs", "EC2") is an
/// acronym. Its first use counts as spelled out when the glossary's expansion comes before it or
/// right after it in brackets, or when it is itself in brackets after the long form ("cloud
/// security posture management (CSPM)"). Not reported: acronyms every buyer knows (the short list
/// in `commonAcronyms`), glossary terms the message's buyers may read as they are, terms a persona
/// lists under `jargon_ok`, and glossary terms `launchkit.Jargon` reports instead (those with
/// plain wording). With a glossary expansion, the suggestion and the rewrite spell it out.
enum AcronymRule: MessageRule {
    static let description = RuleDescription(
        id: "launchkit.Acronyms", kind: .kit, severity: .warning,
        summary: "An acronym that is not spelled out at its first use in the message.",
        triggeringExamples: [
            RuleExample("Turn on ↓CSPM in one click."),
            RuleExample("Export an ↓SBOM for every build and share the SBOM with auditors."),
            RuleExample("Stop attacks early with ↓XDR and ↓CIEM."),
            RuleExample("Every release ships with ↓SBOMs your auditors can read."),
        ],
        nonTriggeringExamples: [
            RuleExample("Turn on cloud security posture management (CSPM) in one click."),
            RuleExample("Turn on CSPM (cloud security posture management) in one click."),
            RuleExample("Turn on CSPM in one click.", personas: ["ciso", "cloud-architect"]),
            RuleExample("Unused permissions show up in the CIEM view.", personas: ["cloud-architect"]),
            RuleExample("Alerts reach your SIEM in seconds.", personas: ["ciso"]),
            RuleExample("Find risky API keys in every AWS account, with AI that explains each one."),
            RuleExample("Replace four tools with one CNAPP."),
            RuleExample("CloudGuard 2.0 prices by workload."),
            RuleExample("Keep SOC 2 evidence up to date.", personas: ["cfo"]),
        ]
    )

    /// Acronyms a buyer reads without help; anything else belongs in the glossary.
    static let commonAcronyms: Set<String> = [
        "AI", "API", "APIs", "CEO", "CFO", "CIO", "CISO", "CTO", "CPU", "CSV", "EU", "FAQ", "GB", "HR", "HTML", "HTTP",
        "HTTPS", "ID", "IT", "KPI", "KPIs", "MB", "OK", "PC", "PDF", "ROI", "SQL", "TB", "TV", "UI", "UK", "URL",
        "URLs", "US", "USA", "USB", "VP", "VPN",
    ]

    static func check(_ message: MessageContext) -> [RuleFinding] {
        var seen: Set<String> = []
        var findings: [RuleFinding] = []
        for range in message.text.words {
            guard let acronym = acronym(at: range, in: message.text), seen.insert(acronym.singular).inserted else { continue }
            if commonAcronyms.contains(acronym.written) || commonAcronyms.contains(acronym.singular) { continue }
            // Inside a longer glossary term ("SOC" in "SOC 2"), that term decides.
            let term = message.glossaryMatches.first { $0.range.contains(range.lowerBound) }?.term
                ?? message.glossary.term(named: acronym.singular)
            if let term {
                if JargonRule.reports(term) || message.audience.readersFinding(term).isEmpty { continue }
            } else if message.audience.readersFinding(word: acronym.singular).isEmpty {
                continue
            }
            if isSpelledOut(at: range, expansion: term?.expansion, in: message.text) { continue }
            let expanded = term.flatMap { $0.term == acronym.singular ? $0.expansion : nil }.map { "\($0) (\(acronym.singular))" }
            findings.append(RuleFinding(
                rule: description.id, severity: description.severity,
                message: "'\(acronym.written)' is not spelled out at first use",
                placement: .text(range),
                suggestion: expanded ?? "spell it out, or add it to the glossary with its expansion",
                fix: acronym.isPlural ? nil : expanded.map { TextEdit(range: range, replacement: $0) }))
        }
        return findings
    }

    /// The word at `range` as an acronym, or nil when it is not one.
    ///
    /// Reads the scalars in place and makes strings only for an acronym: every word of every
    /// message comes through here, and few are acronyms.
    static func acronym(at range: Range<Int>, in text: ScalarText) -> (written: String, singular: String, isPlural: Bool)? {
        var letters = range
        var isPlural = false
        if range.count > 2, text.scalars[range.upperBound - 1] == "s", ScalarText.isUppercase(text.scalars[range.upperBound - 2]) {
            letters = range.lowerBound..<(range.upperBound - 1)
            isPlural = true
        }
        var capitals = 0
        for scalar in text.scalars[letters] {
            if ScalarText.isLowercase(scalar) { return nil }
            if ScalarText.isUppercase(scalar) { capitals += 1 }
        }
        guard capitals >= 2 else { return nil }
        return (text[range], text[letters], isPlural)
    }

    /// Whether the use at `range` is spelled out: the expansion before it or in brackets after it,
    /// or the acronym itself in brackets after a long form.
    private static func isSpelledOut(at range: Range<Int>, expansion: String?, in text: ScalarText) -> Bool {
        if range.lowerBound > 0, text.scalars[range.lowerBound - 1] == "(" { return true }
        let after = text[range.upperBound..<text.count]
        if after.hasPrefix(" (") { return true }
        guard let expansion = expansion?.lowercased() else { return false }
        return text[0..<range.lowerBound].lowercased().contains(expansion)
    }
}
