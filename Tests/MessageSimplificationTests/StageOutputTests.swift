import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import Testing
@testable import MessageSimplification

/// What the stage adds to the kit: messages with scores and rewrites, the glossary, and findings
/// that land on the flagged words in the messages file whatever the YAML style.
@Suite struct StageOutputTests {
    static let glossary = """
        terms:
          - term: CNAPP
            plain: cloud security platform
            personas: [cloud-architect]
          - term: AWS
            personas: all
        """

    func run(
        _ markedMessages: String, options: String = "messages: messages.yml\nglossary: glossary.yml\n", files: [String: String] = [:],
        personas: [BuyerPersona] = StageRun.cloudGuardPersonas
    ) async throws -> (kit: Kit, markers: [String]) {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let source = MarkedSource(markedMessages)
        try temp.write("messages.yml", source.text)
        try temp.write("glossary.yml", Self.glossary)
        for (name, text) in files { try temp.write(name, text) }
        let kit = try await StageRun.run(try StageRun.options(options), in: temp.url, personas: personas)
        return (kit, source.locations.map { "messages.yml:\($0)" })
    }

    @Test func findingsLandOnTheWordsInEveryScalarStyle() async throws {
        let (kit, markers) = try await run("""
            messages:
              - id: plain
                personas: [cfo]
                text: Replace four tools with one ↓CNAPP.
                benefit: One contract.
              - id: quoted
                personas: [cfo]
                text: "Teams \\"↓leverage\\" one view."
                benefit: One view.
              - id: single
                personas: [cfo]
                text: 'It''s ↓seamless.'
                benefit: Less work.
              - id: folded
                personas: [cfo]
                text: >-
                  Cut noise by
                  ↓up to 80%.
                benefit: Less noise.
              - id: literal
                personas: [cfo]
                text: |
                  See every account.
                  Risks ↓are ranked for you.
                benefit: Less noise.
              - ↓id: no-benefit
                personas: [cfo]
                text: We fix it.
            """)
        #expect(kit.findings.map { $0.location?.description ?? "-" } == markers)
        #expect(kit.findings.map { $0.rule ?? "" } == [
            "launchkit.Jargon", "launchkit.CorporateSpeak", "launchkit.Buzzwords", "launchkit.Hedging", "launchkit.PassiveVoice", "launchkit.Benefit",
        ])
        #expect(kit.findings.map { $0.subject?.description ?? "" } == ["plain", "quoted", "single", "folded", "literal", "no-benefit"].map { "message:\($0)" })
    }

    @Test func messagesCarryScoresRewritesAndTheirSource() async throws {
        let (kit, _) = try await run("""
            - id: one
              personas: [cfo, cloud-architect]
              text: Replace four tools with one CNAPP on AWS.
              benefit: One contract.
            - id: two
              text: We fix it.
              benefit: One view.
            """)
        #expect(kit.messages.map(\.id) == ["one", "two"])
        #expect(kit.messages[0].rewrite == "Replace four tools with one cloud security platform on AWS.")
        #expect(kit.messages[0].scores?.words == 8)
        #expect(kit.messages[0].rewriteScores?.words == 10)
        #expect(kit.messages[0].source?.description == "messages.yml:3:9")
        #expect(kit.messages[1].rewrite == nil && kit.messages[1].rewriteScores == nil)
        #expect(kit.messages[1].personas == [])
        #expect(kit.glossary.map { "\($0.term): \($0.personas.joined(separator: ","))" } == [
            "CNAPP: cloud-architect", "AWS: ciso,cloud-architect,devops-lead,cfo",
        ])
        let csv = try #require(StageRun.artifact(kit, "findings.csv"))
        #expect(csv == "file,line,column,severity,rule,message,suggestion\r\nmessages.yml,3,37,warning,launchkit.Jargon,'CNAPP' is jargon for 'cfo',cloud security platform\r\n")
    }

    @Test func withoutPersonasIDsAreNotCheckedAndThePageSaysSo() async throws {
        let (kit, _) = try await run("""
            - id: one
              personas: [anyone]
              text: Replace four tools with one CNAPP.
              benefit: One contract.
            """, personas: [])
        #expect(kit.findings.map(\.message) == ["'CNAPP' is jargon for 'anyone'"])
        let page = try #require(StageRun.artifact(kit, "messages.md"))
        #expect(page.contains("> The kit has no buyer personas: persona ids were not checked"))
        #expect(!page.contains("target"))
    }

    @Test func onlyTheListedStylesRun() async throws {
        let rule = "extends: existence\nmessage: \"'%s' is a competitor\"\nlevel: error\ntokens: [Wiz]\nnonword: false\n"
        let (kit, markers) = try await run("""
            - id: one
              personas: [cfo]
              text: Unlike ↓Wiz, one CNAPP that may help.
            """, options: "messages: messages.yml\nglossary: glossary.yml\nstyles: [styles/Acme]\n", files: ["styles/Acme/Competitors.yml": rule])
        #expect(kit.findings.map { "\($0.location!) \($0.rule!) \($0.severity)" } == ["\(markers[0]) Acme.Competitors error"])
    }

    @Test func ruleFilesThatDoNotLoadPointIntoThem() async throws {
        do {
            _ = try await run("- id: one\n  text: Fine.\n  benefit: Fine.\n", options: "messages: messages.yml\nstyles: [launchkit, styles/Acme]\n",
                              files: ["styles/Acme/Broken.yml": "extends: existence\nmessage: \"x\"\ntokens: [\"(\"]\n"])
            Issue.record("expected an error")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map { "\($0.location?.description ?? "-") \($0.rule ?? "")" } == ["styles/Acme/Broken.yml:3:11 styles.invalid-rule"])
        }
    }

    @Test func thePageAndTheCSVsAreAdded() async throws {
        let (kit, _) = try await run("- id: one\n  text: Fine.\n  benefit: Fine.\n")
        #expect(kit.artifacts.map { "\($0.path) \($0.kind) \($0.stage)" } == [
            "messages.md messages message-simplification", "messages.csv messages message-simplification",
            "findings.csv findings message-simplification",
        ])
    }
}
