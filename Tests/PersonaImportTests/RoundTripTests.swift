import LaunchKitCore
import Testing
@testable import PersonaImport

/// `personas.csv` reads back through the importer as the same personas.
@Suite struct RoundTripTests {
    /// Personas without where they were read from, which differs by design.
    static func content(_ kit: Kit) -> ([BuyerPersona], [ChannelPersona]) {
        (kit.buyerPersonas.map { var p = $0; p.source = nil; return p }, kit.channelPersonas.map { var p = $0; p.source = nil; return p })
    }

    @Test func theExamplesPersonasCSVImportsAsTheSamePersonas() async throws {
        let original = try await ExampleKitTests.importExample()
        let csv = try #require(original.artifacts.first { $0.path == "personas.csv" }).contents
        let kit = try PersonaKit(["personas.csv": csv])
        defer { kit.remove() }
        let reread = try await kit.run("personas: personas.csv")
        #expect(Self.content(reread) == Self.content(original))
        #expect(reread.findings.map(\.rule) == original.findings.map(\.rule))
        #expect(reread.artifacts.first { $0.path == "personas.csv" }?.contents == csv)
    }

    @Test func awkwardValuesSurviveTheRoundTrip() async throws {
        let buyer = BuyerPersona(
            id: "ciso", name: "CISO, \"security\"", title: "=VP of Security", roleInPurchase: .champion,
            priorityInitiatives: ["Cut noise; fix real risk"], successFactors: ["-20% audit findings", "Board, happier; CFO too", "Plain"],
            decisionCriteria: ["@mentions in Slack"], readingLevel: 10.5, jargonOK: ["CSPM"], notes: "Two\nparagraphs.\n\n+ one more")
        let channel = ChannelPersona(id: "msp", name: "MSP", channel: "MSP", measuredBy: ["MRR"], objections: ["Too thin; really"])
        let csv = PersonasCSV.render(buyers: [buyer], channels: [channel])
        let kit = try PersonaKit(["personas.csv": csv])
        defer { kit.remove() }
        let reread = try await kit.run("{ personas: personas.csv, min-completeness: 0 }")
        var expectedBuyer = buyer
        expectedBuyer.completeness = CompletenessScore.score(buyer, minimum: 0)
        var expectedChannel = channel
        expectedChannel.completeness = CompletenessScore.score(channel, minimum: 0)
        #expect(Self.content(reread).0 == [expectedBuyer])
        #expect(Self.content(reread).1 == [expectedChannel])
    }

    @Test func listsAreJoinedReadablyUnlessAnItemHoldsTheSeparator() {
        #expect(PersonasCSV.joined(["Fewer alerts", "Proof for the board"]) == "Fewer alerts; Proof for the board")
        #expect(PersonasCSV.joined(["Cut noise; fix risk", "Plain"]) == "Cut noise; fix risk\nPlain")
        #expect(PersonasCSV.joined(["Cut noise; fix risk"]) == "Cut noise; fix risk\n")
        #expect(PersonasCSV.joined([]) == "")
    }
}
