import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import EnablementSheets

@Suite("enablement-sheets stage")
struct EnablementSheetsStageTests {
    @Test func addsCompetitorsAndSheetsWithTheKindsAndSubjectsReadinessReads() async throws {
        let kit = try await SheetTestSupport.run(CloudGuardKit.kit, options: ExampleSheetsTests.options)
        #expect(kit.competitors.map(\.id) == ["skyline", "ironclad", "native-tools"])
        #expect(kit.competitors.first?.source == SourceLocation(file: "competitors.yml", line: 4, column: 5))
        let sheets = kit.artifacts.filter { $0.path.hasSuffix(".md") }
        #expect(sheets.map(\.kind) == [
            "sheet.cheat-sheet", "sheet.battlecard", "sheet.battlecard", "sheet.battlecard",
            "sheet.channel-brief", "sheet.channel-brief", "sheet.channel-brief",
            "sheet.one-pager", "sheet.one-pager", "sheet.one-pager", "sheet.one-pager",
        ])
        #expect(sheets.compactMap(\.subject).map(\.description) == [
            "competitor:skyline", "competitor:ironclad", "competitor:native-tools",
            "channel-persona:field-sales", "channel-persona:resellers", "channel-persona:msp",
            "buyer-persona:ciso", "buyer-persona:cloud-architect", "buyer-persona:devops-lead", "buyer-persona:cfo",
        ])
        #expect(kit.artifacts.allSatisfy { $0.stage == "enablement-sheets" })
        #expect(kit.artifacts.map(\.title).suffix(2) == ["Battlecard objections and answers", "Sales sheets index"])
        #expect(kit.findings.isEmpty)
    }

    @Test func theSameKitGivesTheSameBytes() async throws {
        let first = try await SheetTestSupport.run(CloudGuardKit.kit, options: ExampleSheetsTests.options)
        let second = try await SheetTestSupport.run(CloudGuardKit.kit, options: ExampleSheetsTests.options)
        #expect(first.artifacts == second.artifacts)
    }

    @Test func onlyTheCheatSheetMeansNoLinksAndNoBattlecardTable() async throws {
        let options = try SheetTestSupport.options("sheets: [cheat-sheet]\ncompetitors: competitors.yml")
        let kit = try await SheetTestSupport.run(CloudGuardKit.kit, options: options)
        #expect(kit.artifacts.map(\.path) == ["sheets/cheat-sheet.md", "sheets/sheets.csv"])
        let cheatSheet = try #require(SheetTestSupport.contents("sheets/cheat-sheet.md", in: kit))
        #expect(!cheatSheet.contains("## More sheets") && !cheatSheet.contains("](battlecard-"))
        // The competitors are still loaded and their objections handled.
        #expect(cheatSheet.contains("### Against Skyline Security\n"))
        #expect(SheetTestSupport.contents("sheets/sheets.csv", in: kit) == "sheet,id,name,title,path\r\ncheat-sheet,,,Cheat sheet,sheets/cheat-sheet.md\r\n")
    }

    @Test func aKitWithoutCompetitorsOrChannelsSaysHowToAddThem() async throws {
        var kit = CloudGuardKit.kit
        kit.channelPersonas = []
        let rendered = try await SheetTestSupport.run(kit)
        #expect(!rendered.artifacts.contains { $0.path == "sheets/battlecards.csv" || $0.path.contains("channel-brief") })
        let cheatSheet = try #require(SheetTestSupport.contents("sheets/cheat-sheet.md", in: rendered))
        #expect(cheatSheet.contains("""
            ## Objection handling

            No competitors in this kit: list them in competitors.yml and name that file in enablement-sheets' `competitors:` option.

            No channel personas in this kit: add them to persona-import's `channels:`.

            ## Proof points
            """))
    }

    @Test func aMissingCompetitorsFileIsReportedAtTheOption() async throws {
        let marked = MarkedText("competitors: 1️⃣competitor.yml")
        let options = try SheetTestSupport.options(marked.text)
        let problems = await SheetTestSupport.problems { _ = try await SheetTestSupport.run(CloudGuardKit.kit, options: options) }
        #expect(problems == ["\(marked.location(1, in: "launchkit.yml")): error: cannot read 'competitor.yml': no such file [input.missing]"])
    }

    @Test func anInvalidCompetitorsFileStopsTheStageWithEveryProblem() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let marked = MarkedText("competitors:\n  - id: a\n    name: A\n  - id: 1️⃣a\n    name: B\n  - 2️⃣positioning: nameless\n")
        try directory.write("competitors.yml", marked.text)
        let problems = await SheetTestSupport.problems {
            _ = try await SheetTestSupport.run(
                CloudGuardKit.kit, options: EnablementSheetsOptions(competitors: InputPath("competitors.yml")), kitDirectory: directory.url)
        }
        #expect(problems == [
            "\(marked.location(1, in: "competitors.yml")): error: duplicate competitor id 'a' [competitors.duplicate-id]",
            "\(marked.location(2, in: "competitors.yml")): error: missing required key 'name' in 'competitors[2]' [competitors.missing-name]",
        ])
    }

    @Test func theDescriptionsExampleDecodesAndEveryOptionIsDocumented() throws {
        let description = EnablementSheetsStage.description
        #expect(description.id == "enablement-sheets")
        #expect(description.needs == [.buyerPersonas])
        #expect(description.adds == [.competitors, .sheets])
        let entry = try #require(try YAMLDocument.load(Array(description.example.utf8), file: "example")?.sequence?.nodes.first?.mapping)
        #expect(entry["uses"]?.scalar?.string == "enablement-sheets")
        let with = try #require(entry["with"])
        let options = try NodeDecoder(file: "example").decode(EnablementSheetsOptions.self, from: with)
        #expect(options.competitors?.path == "competitors.yml")
        #expect(options.selection?.competitors?.map(\.value) == ["skyline", "ironclad"])
        #expect(description.options.map(\.name) == ["sheets", "competitors", "for", "key-messages", "next-step"])
        #expect(description.options.allSatisfy { !$0.isRequired })
    }

    @Test func theDescriptionsExampleRunsAsWrittenOnTheExampleKit() async throws {
        let description = EnablementSheetsStage.description
        let entry = try #require(try YAMLDocument.load(Array(description.example.utf8), file: "example")?.sequence?.nodes.first?.mapping)
        let options = try NodeDecoder(file: "example").decode(EnablementSheetsOptions.self, from: try #require(entry["with"]))
        let kit = try await SheetTestSupport.run(CloudGuardKit.kit, options: options)
        #expect(kit.artifacts.filter { $0.kind == "sheet.battlecard" }.map(\.path) == ["sheets/battlecard-skyline.md", "sheets/battlecard-ironclad.md"])
        let onePager = try #require(SheetTestSupport.contents("sheets/one-pager-ciso.md", in: kit))
        #expect(onePager.contains("## Next step\n\nBook a 30-minute risk review on a read-only connection to their cloud accounts.\n"))
    }
}
