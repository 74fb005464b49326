import LaunchKitCore
import LaunchKitStyles
import Testing
@testable import MessageSimplification

/// Every rule of the `launchkit` pack runs its own examples through the analyzer, alone: triggering
/// ones must produce findings exactly at their `↓` markers, non-triggering ones none. A new rule
/// brings its tests with it.
@Suite struct RuleExampleTests {
    static let pack = try! LaunchKitPack.stylePack()

    /// An analyzer that runs only the rule `id`.
    static func analyzer(for id: String) throws -> MessageAnalyzer {
        let styleRules = pack.rules.filter { $0.name == id }
        let kitRules = LaunchKitPack.kitRules.filter { $0.description.id == id }
        try #require(styleRules.count + kitRules.count == 1, "no single rule '\(id)'")
        return MessageAnalyzer(styleRules: styleRules, kitRules: kitRules)
    }

    /// The findings for an example, run against the example kit, and where its markers are.
    static func findings(_ analyzer: MessageAnalyzer, _ example: RuleExample) -> (findings: [RuleFinding], markers: [Int]) {
        let (text, markers) = example.unmarked
        let message = Message(id: "example", feature: example.feature, text: text, benefit: example.benefit, proof: example.proof, personas: example.personas)
        let audience = Audience(message: message, kitPersonas: ExampleKit.personas)
        return (analyzer.analyze(message, audience: audience, glossary: ExampleKit.glossary).findings, markers)
    }

    @Test(arguments: LaunchKitPack.rules.map(\.id))
    func examples(_ id: String) throws {
        let description = try #require(LaunchKitPack.rules.first { $0.id == id })
        let analyzer = try Self.analyzer(for: id)
        #expect(!description.triggeringExamples.isEmpty && !description.nonTriggeringExamples.isEmpty, "\(id) needs examples of both kinds")
        for example in description.triggeringExamples {
            let (findings, markers) = Self.findings(analyzer, example)
            let location = Self.location(of: example)
            #expect(findings.allSatisfy { $0.rule == id && $0.severity == description.severity }, "\(findings)", sourceLocation: location)
            if markers.isEmpty {
                #expect(!findings.isEmpty && findings.allSatisfy { $0.placement == .message }, "expected a finding about the message: \(example.text)", sourceLocation: location)
            } else {
                #expect(findings.compactMap(\.textOffset) == markers, "findings \(findings.map(\.placement)) in: \(example.text)", sourceLocation: location)
            }
        }
        for example in description.nonTriggeringExamples {
            let (findings, _) = Self.findings(analyzer, example)
            #expect(findings.isEmpty, "unexpected \(findings.map(\.message)) in: \(example.text)", sourceLocation: Self.location(of: example))
        }
    }

    static func location(of example: RuleExample) -> Testing.SourceLocation {
        let path = "\(example.file)"
        return Testing.SourceLocation(fileID: "MessageSimplification/" + (path.split(separator: "/").last.map(String.init) ?? path), filePath: path, line: Int(example.line), column: 1)
    }

    @Test func ruleIDsAreUniqueAndInTheLaunchKitStyle() {
        let ids = LaunchKitPack.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("launchkit.") && $0.dropFirst("launchkit.".count).first?.isUppercase == true })
    }

    @Test func valeRulesLoadWithTheLevelTheirDescriptionStates() throws {
        let rules = Dictionary(uniqueKeysWithValues: Self.pack.rules.map { ($0.name, $0) })
        for description in LaunchKitPack.rules where description.kind == .vale {
            let rule = try #require(rules[description.id], "\(description.id) is not in the pack")
            #expect(Diagnostic.Severity(rule.level) == description.severity, "\(description.id)")
            #expect(rule.warnings.isEmpty, "\(description.id) uses options the engine ignores: \(rule.warnings)")
        }
        #expect(rules.count == LaunchKitPack.rules.filter { $0.kind == .vale }.count)
    }

    @Test func sentenceLengthFollowsTheOption() throws {
        let pack = try LaunchKitPack.stylePack(maxSentenceWords: 6)
        let rule = try #require(pack.rules.first { $0.name == "launchkit.SentenceLength" })
        let analyzer = MessageAnalyzer(styleRules: [rule], kitRules: [])
        let message = Message(id: "m", text: "One two three four five six. One two three four five six seven.")
        let findings = analyzer.analyze(message, audience: Audience(personaIDs: [], personas: []), glossary: Glossary()).findings
        #expect(findings.map(\.textOffset) == [29])
        #expect(findings.map(\.message) == ["the sentence has more than 6 words; keep one idea per sentence"])
    }
}
