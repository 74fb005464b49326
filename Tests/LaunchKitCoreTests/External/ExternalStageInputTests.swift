import Foundation
import LaunchKitYAML
import Testing
@testable import LaunchKitCore

@Suite struct ExternalStageInputTests {
    func options(_ yaml: String) throws -> JSONValue {
        let node = try #require(try YAMLDocument.load(Array(yaml.utf8), file: "launchkit.yml"))
        return try JSONValue(node, file: "launchkit.yml")
    }

    func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func optionsAreReadAsTheCoreSchemaReadsThem() throws {
        let value = try options("""
            { a: true, b: false, c: ~, d: null, e: , f: 3, g: -0.5, h: 1e3, i: "2.0", j: 2.0.1, k: 'true', l: 0x1F, m: [x, 1], n: { o: yes } }
            """)
        #expect(try json(value) == #"{"a":true,"b":false,"c":null,"d":null,"e":null,"f":3,"g":-0.5,"h":1000,"i":"2.0","j":"2.0.1","k":"true","l":"0x1F","m":["x",1],"n":{"o":"yes"}}"#)
    }

    @Test func numbersFollowJSONGrammar() {
        for text in ["0", "-1", "12", "1.5", "-0.25", "1e9", "2E-3", "1.5e+2"] {
            #expect(JSONValue.isJSONNumber(text), "\(text)")
        }
        for text in ["", "-", "01", "1.", ".5", "1e", "+1", "0x10", "1_000", "Infinity", "NaN", "1.5.2"] {
            #expect(!JSONValue.isJSONNumber(text), "\(text)")
        }
    }

    @Test func optionKeysMustBeText() throws {
        #expect {
            _ = try options("{ [a, b]: 1 }")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map(DiagnosticFormatter.headline)
                == ["launchkit.yml:1:3: error: an option key must be text, found a list [config.external-options]"]
        }
    }

    /// The input document's shape is the protocol: this pins it (docs/external-stages.md shows it).
    @Test func theInputDocumentHasAStableShape() throws {
        var kit = Kit(release: Release(product: "CloudGuard", version: "2.0", date: CalendarDate("2026-12-01")!, tier: 1, pitch: "One place for cloud risk."))
        kit.buyerPersonas = [BuyerPersona(
            id: "ciso", name: "CISO", roleInPurchase: .decisionMaker, priorityInitiatives: ["Show the board risk is falling"],
            readingLevel: 10, source: SourceLocation(file: "personas/buyers.yml", line: 4, column: 3),
            completeness: Completeness(score: 40, missing: ["success_factors"]))]
        kit.messages = [Message(id: "attack-paths", feature: "Attack paths", text: "See the few paths an attacker could take.", personas: ["ciso"],
                                source: SourceLocation(file: "messages.yml", line: 2, column: 9))]
        kit.glossary = [GlossaryTerm(term: "CNAPP", expansion: "cloud-native application protection platform", plain: "cloud security platform")]
        kit.findings = [Diagnostic(.warning, "message 'attack-paths' has no proof point", at: SourceLocation(file: "messages.yml", line: 2, column: 9),
                                   rule: "launchkit.Proof", subject: Subject(.message, "attack-paths"))]
        try kit.addArtifact(Artifact(path: "personas.md", contents: "# Personas\n", kind: "personas", title: "Personas", stage: "persona-import"))
        kit.checks = [ReadinessCheck(id: "personas-complete", title: "Every persona is complete", passed: false, weight: 2, stage: "readiness-packet")]
        let input = ExternalStageInput(
            stageID: "legal-review", options: try options("{ banned: [unbreakable], strict: true }"),
            context: .init(kitDirectory: "/kits/cloudguard", config: "launchkit.yml", sourceDate: CalendarDate("2026-11-30")), kit: kit)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        #expect(String(decoding: try encoder.encode(input), as: UTF8.self) == """
            {
              "context" : {
                "config" : "launchkit.yml",
                "kit_dir" : "/kits/cloudguard",
                "source_date" : "2026-11-30"
              },
              "kit" : {
                "artifacts" : [
                  {
                    "content" : "# Personas\\n",
                    "kind" : "personas",
                    "path" : "personas.md",
                    "stage" : "persona-import",
                    "title" : "Personas"
                  }
                ],
                "buyer_personas" : [
                  {
                    "buyers_journey" : [

                    ],
                    "completeness" : {
                      "minimum" : 80,
                      "missing" : [
                        "success_factors"
                      ],
                      "score" : 40
                    },
                    "decision_criteria" : [

                    ],
                    "discovery_questions" : [

                    ],
                    "id" : "ciso",
                    "information_sources" : [

                    ],
                    "jargon_ok" : [

                    ],
                    "measured_by" : [

                    ],
                    "name" : "CISO",
                    "perceived_barriers" : [

                    ],
                    "priority_initiatives" : [
                      "Show the board risk is falling"
                    ],
                    "reading_level" : 10,
                    "role_in_purchase" : "decision-maker",
                    "source" : {
                      "column" : 3,
                      "file" : "personas/buyers.yml",
                      "line" : 4
                    },
                    "success_factors" : [

                    ]
                  }
                ],
                "channel_personas" : [

                ],
                "checks" : [
                  {
                    "blocking" : false,
                    "id" : "personas-complete",
                    "passed" : false,
                    "stage" : "readiness-packet",
                    "title" : "Every persona is complete",
                    "weight" : 2
                  }
                ],
                "competitors" : [

                ],
                "findings" : [
                  {
                    "location" : {
                      "column" : 9,
                      "file" : "messages.yml",
                      "line" : 2
                    },
                    "message" : "message 'attack-paths' has no proof point",
                    "notes" : [

                    ],
                    "rule" : "launchkit.Proof",
                    "severity" : "warning",
                    "subject" : {
                      "id" : "attack-paths",
                      "kind" : "message"
                    }
                  }
                ],
                "glossary" : [
                  {
                    "expansion" : "cloud-native application protection platform",
                    "personas" : [

                    ],
                    "plain" : "cloud security platform",
                    "term" : "CNAPP"
                  }
                ],
                "messages" : [
                  {
                    "feature" : "Attack paths",
                    "id" : "attack-paths",
                    "personas" : [
                      "ciso"
                    ],
                    "source" : {
                      "column" : 9,
                      "file" : "messages.yml",
                      "line" : 2
                    },
                    "text" : "See the few paths an attacker could take."
                  }
                ]
              },
              "protocol" : 1,
              "release" : {
                "date" : "2026-12-01",
                "highlights" : [

                ],
                "pitch" : "One place for cloud risk.",
                "product" : "CloudGuard",
                "tier" : 1,
                "version" : "2.0"
              },
              "stage" : {
                "id" : "legal-review",
                "options" : {
                  "banned" : [
                    "unbreakable"
                  ],
                  "strict" : true
                }
              }
            }
            """)
    }

    @Test func durationsAreWrittenAsAConfigWouldWriteThem() {
        #expect(ExternalStage.written(.milliseconds(300)) == "300ms")
        #expect(ExternalStage.written(.seconds(45)) == "45s")
        #expect(ExternalStage.written(.seconds(120)) == "2m")
        #expect(ExternalStage.written(.milliseconds(1500)) == "1500ms")
    }
}
