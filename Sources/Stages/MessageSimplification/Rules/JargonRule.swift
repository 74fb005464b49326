/// `launchkit.Jargon`: a glossary term that some of the message's buyers do not use.
///
/// A term is jargon for a persona unless the glossary lists the persona under the term's
/// `personas` (or says `all`) or the persona lists the term under `jargon_ok`. Every occurrence is
/// reported, with the glossary's plain wording as the suggestion and the rewrite's replacement.
/// An acronym whose glossary entry has an expansion but no plain wording may be used once it is
/// spelled out: `launchkit.Acronyms` checks that instead.
enum JargonRule: MessageRule {
    static let description = RuleDescription(
        id: "launchkit.Jargon", kind: .kit, severity: .warning,
        summary: "A glossary term the message's buyers do not use; say it the way they would.",
        triggeringExamples: [
            RuleExample("Replace four tools with one ↓CNAPP."),
            RuleExample("Compare ↓CNAPPs by what they find, not by what they log."),
            RuleExample("Release teams ↓shift left without new tools.", personas: ["devops-lead", "cfo"]),
            RuleExample("See ↓east-west traffic between your workloads."),
            RuleExample("One ↓CNAPP for the architect and the CFO.", personas: ["cloud-architect", "cfo"]),
        ],
        nonTriggeringExamples: [
            RuleExample("Replace four tools with one CNAPP.", personas: ["cloud-architect"]),
            RuleExample("Release teams shift left without new tools.", personas: ["devops-lead"]),
            RuleExample("CloudGuard protects every AWS account you own."),
            RuleExample("Replace four tools with one cloud security platform."),
            RuleExample("The cnappish label is not the acronym."),
            RuleExample("Find misconfigurations with cloud security posture management (CSPM)."),
        ]
    )

    /// Whether this rule, rather than `launchkit.Acronyms`, reports a glossary term.
    static func reports(_ term: Glossary.Term) -> Bool {
        !(term.isAcronym && term.expansion != nil && term.plain == nil)
    }

    static func check(_ message: MessageContext) -> [RuleFinding] {
        message.jargonMatches.map { match in
            let readers = message.audience.readersFinding(match.term)
            let who = readers == [Audience.generalReader] ? Audience.generalReader : EnglishList.quoted(readers)
            let written = message.text[match.range]
            let replacement = match.term.plain ?? match.term.expansion
            return RuleFinding(
                rule: description.id, severity: description.severity,
                message: "'\(written)' is jargon for \(who)",
                placement: .text(match.range),
                suggestion: replacement ?? "say it the way the buyer would, or add 'plain:' to its glossary entry",
                fix: replacement.flatMap { match.isPlural ? nil : TextEdit(range: match.range, replacement: $0) })
        }
    }
}
