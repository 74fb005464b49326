import Foundation
import LaunchKitCore
import LaunchKitYAML
import Testing
@testable import ReadinessPacket

@Suite struct ReadinessSummaryTests {
    typealias F = KitFixtures

    @Test func jsonIsWrittenTheSameWayEverywhere() {
        let value = JSONValue.object([
            "b": .array([.number(1), .number(2.5), .number(-3), .number(1.0 / 3), .number(0), .number(1e20), .number(.nan)]),
            "a": .string("quote \" backslash \\ tab \t newline \n bell \u{7} café ✓"),
            "B": .object([:]),
            "c": .array([]),
            "d": .null,
            "e": .bool(false),
        ])
        #expect(value.rendered == """
            {
              "B": {},
              "a": "quote \\" backslash \\\\ tab \\t newline \\n bell \\u0007 café ✓",
              "b": [
                1,
                2.5,
                -3,
                0.3333333333333333,
                0,
                1e+20,
                null
              ],
              "c": [],
              "d": null,
              "e": false
            }

            """)
    }

    @Test func sha256MatchesTheStandardTestVectors() {
        #expect(ReadinessSummary.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ReadinessSummary.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func summary(_ kit: Kit, generated: CalendarDate? = nil) throws -> Node {
        let assessment = F.evaluate(kit, checklist: F.doneChecklist(), threshold: 80)
        let text = ReadinessSummary.render(assessment, kit: kit, generated: generated)
        return try #require(try YAMLDocument.load(Array(text.utf8), file: "summary.json"))
    }

    func value(_ node: Node, _ path: String...) -> Node? {
        var current: Node? = node
        for key in path {
            if let index = Int(key) {
                current = current?.sequence.flatMap { index < $0.nodes.count ? $0.nodes[index] : nil }
            } else {
                current = current?.mapping?.pairs.first { $0.key.scalar?.string == key }?.value
            }
        }
        return current
    }

    func text(_ node: Node, _ path: String...) -> String? {
        var current: Node? = node
        for key in path {
            current = current.flatMap { value($0, key) }
        }
        return current?.scalar?.string
    }

    @Test func summaryCarriesTheVerdictAndHashesEveryOtherFile() throws {
        let kit = F.goodKit()
        let json = try summary(kit)
        #expect(text(json, "schema") == "launchkit.readiness-summary")
        #expect(text(json, "version") == "1")
        #expect(text(json, "generated") == "null")
        #expect(text(json, "score") == "100")
        #expect(text(json, "gate", "threshold") == "80")
        #expect(text(json, "gate", "passed") == "true")
        #expect(text(json, "release", "tier_name") == "major launch")
        #expect(text(json, "counts", "checklist", "done") == "10")
        #expect(text(json, "counts", "checklist", "missing") == "0")
        let files = try #require(value(json, "files")?.sequence?.nodes)
        #expect(files.map { text($0, "path") } == kit.artifacts.map(\.path).sorted())
        let battlecard = try #require(kit.artifacts.first { $0.kind == SheetKind.battlecard })
        let listed = try #require(files.first { text($0, "path") == battlecard.path })
        #expect(text(listed, "sha256") == ReadinessSummary.sha256(battlecard.contents))
        #expect(text(listed, "bytes") == String(battlecard.contents.utf8.count))
        #expect(text(try summary(kit, generated: F.date("2026-11-20")), "generated") == "2026-11-20")
    }

    @Test func notApplicableFamiliesAndOtherStagesChecksAreListed() throws {
        var kit = F.goodKit()
        kit.competitors = []
        kit.checks = [ReadinessCheck(id: "legal-approved", title: "Legal approved", passed: true, weight: 2, stage: "legal-review")]
        let json = try summary(kit)
        let battlecards = try #require(value(json, "families")?.sequence?.nodes.first { text($0, "id") == "battlecards" })
        #expect(text(battlecards, "applicable") == "false")
        #expect(text(battlecards, "not_applicable_reason") == "the kit has no competitors")
        let external = try #require(value(json, "checks")?.sequence?.nodes.last)
        #expect(text(external, "id") == "legal-approved")
        #expect(text(external, "family") == "null")
        #expect(text(external, "stage") == "legal-review")
        #expect(text(external, "weight") == "2")
    }
}
