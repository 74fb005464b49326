import LaunchKitCore
import Testing
@testable import MessageSimplification

/// What the rules say, suggest and rewrite for one message, run against the example kit.
@Suite struct MessageAnalyzerTests {
    static let pack = try! LaunchKitPack.stylePack()

    func analyze(
        _ text: String, personas: [String] = ["cfo"], benefit: String? = "A benefit.", proof: String? = "A proof.",
        kitPersonas: [BuyerPersona] = ExampleKit.personas, settings: RuleSettings = RuleSettings(), minimumLevel: Diagnostic.Severity = .suggestion
    ) -> MessageAnalyzer.Analysis {
        let analyzer = MessageAnalyzer(styleRules: Self.pack.rules, kitRules: LaunchKitPack.kitRules, settings: settings, minimumLevel: minimumLevel)
        let message = Message(id: "m", feature: "Feature", text: text, benefit: benefit, proof: proof, personas: personas)
        return analyzer.analyze(message, audience: Audience(message: message, kitPersonas: kitPersonas), glossary: ExampleKit.glossary)
    }

    func lines(_ analysis: MessageAnalyzer.Analysis) -> [String] {
        analysis.findings.map { "\($0.rule) \($0.severity): \($0.message)" + ($0.suggestion.map { " -> \($0)" } ?? "") }
    }

    @Test func jargonNamesWhoItIsJargonForAndSuggestsThePlainWording() {
        let analysis = analyze("Replace four tools with one CNAPP.", personas: ["cloud-architect", "cfo", "ciso"])
        #expect(lines(analysis) == ["launchkit.Jargon warning: 'CNAPP' is jargon for 'cfo' and 'ciso' -> cloud security platform"])
        #expect(analysis.rewrite == "Replace four tools with one cloud security platform.")
    }

    @Test func aMessageWithoutPersonasIsForEveryBuyerOfTheKit() {
        let analysis = analyze("Replace four tools with one CNAPP.", personas: [])
        #expect(lines(analysis) == ["launchkit.Jargon warning: 'CNAPP' is jargon for 'ciso', 'devops-lead' and 'cfo' -> cloud security platform"])
    }

    @Test func withoutPersonasInTheKitTheReaderIsAGeneralReader() {
        let analysis = analyze("Replace four tools with one CNAPP.", personas: [], kitPersonas: [])
        #expect(lines(analysis) == ["launchkit.Jargon warning: 'CNAPP' is jargon for a general reader -> cloud security platform"])
    }

    @Test func acronymsAreSpelledOutAtFirstUseInTheRewrite() {
        let analysis = analyze("An SBOM ships with every build. Send the SBOM to auditors.")
        #expect(lines(analysis) == ["launchkit.Acronyms warning: 'SBOM' is not spelled out at first use -> software bill of materials (SBOM)"])
        #expect(analysis.rewrite == "A software bill of materials (SBOM) ships with every build. Send the SBOM to auditors.")
        #expect(analysis.rewriteScores != nil && analysis.rewriteScores != analysis.scores)
    }

    @Test func unknownAcronymsAskForTheGlossary() {
        #expect(lines(analyze("Stop attacks with XDR.")) == [
            "launchkit.Acronyms warning: 'XDR' is not spelled out at first use -> spell it out, or add it to the glossary with its expansion",
        ])
    }

    @Test func missingBenefitAndProofAreAboutTheWholeMessage() {
        let analysis = analyze("See every risk in one place.", benefit: nil, proof: nil)
        #expect(lines(analysis) == [
            "launchkit.Benefit error: the message states no customer benefit -> add 'benefit:' with what the buyer gains, in their words",
            "launchkit.ProofPoint suggestion: the feature 'Feature' has no proof point -> add 'proof:' with a customer result, a benchmark or a certification",
        ])
        #expect(analysis.findings.allSatisfy { $0.placement == .message })
    }

    @Test func gradeAboveTheLowestTargetOfTheAudience() {
        let analysis = analyze("Comprehensive visibility accelerates organizational remediation.", personas: ["cloud-architect", "cfo"])
        let grade = GradeLevelRule.format(analysis.scores!.fleschKincaidGrade)
        #expect(lines(analysis) == ["launchkit.GradeLevel warning: the text reads at grade \(grade), above the target of 10 for 'cfo' -> use shorter sentences and everyday words"])
        #expect(analysis.findings.first?.placement == .wholeText)
    }

    @Test func substitutionSwapsAreRewrittenHedgesAreNot() {
        let analysis = analyze("Leverage attack paths that may help in order to fix faster.")
        #expect(analysis.findings.map(\.rule) == ["launchkit.CorporateSpeak", "launchkit.Hedging", "launchkit.CorporateSpeak"])
        #expect(analysis.rewrite == "Use attack paths that may help to fix faster.")
    }

    @Test func findingsComeInTextOrderWithMessageLevelOnesFirst() {
        let analysis = analyze("Teams leverage one CNAPP.", benefit: nil)
        #expect(analysis.findings.map(\.rule) == ["launchkit.Benefit", "launchkit.CorporateSpeak", "launchkit.Jargon"])
    }

    @Test func settingsChangeSeveritiesAndTurnRulesOff() {
        let settings = RuleSettings([
            RuleSettings.Entry(rule: "launchkit.Jargon", setting: .error),
            RuleSettings.Entry(rule: "launchkit.CorporateSpeak", setting: .off),
            RuleSettings.Entry(rule: "launchkit.Hedging", setting: .suggestion),
        ])
        let analysis = analyze("Teams leverage one CNAPP that may help.", settings: settings)
        #expect(analysis.findings.map { "\($0.rule) \($0.severity)" } == ["launchkit.Jargon error", "launchkit.Hedging suggestion"])
        #expect(analysis.rewrite == "Teams leverage one cloud security platform that may help.")
    }

    @Test func minimumLevelLeavesOutLowerFindings() {
        let analysis = analyze("Risks are ranked by one CNAPP.", proof: nil, minimumLevel: .warning)
        #expect(analysis.findings.map(\.rule) == ["launchkit.Jargon"])
    }

    @Test func aTextWithoutWordsHasNoScores() {
        #expect(analyze("— …").scores == nil)
    }
}
