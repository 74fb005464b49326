import LaunchKitTestSupport
import LaunchKitCore
import Testing
@testable import PersonaImport

@Suite struct CompletenessTests {
    @Test func theFiveRingsCountTwiceAsMuchAsKeyFields() {
        let bare = BuyerPersona(id: "ciso", name: "CISO")
        #expect(CompletenessScore.score(bare) == Completeness(score: 0, missing: [
            "title", "role_in_purchase", "priority_initiatives", "success_factors", "perceived_barriers", "decision_criteria",
            "buyers_journey", "information_sources", "measured_by", "reading_level",
        ]))
        let rings = BuyerPersona(
            id: "ciso", name: "CISO", priorityInitiatives: ["a"], successFactors: ["b"], perceivedBarriers: ["c"], decisionCriteria: ["d"],
            buyersJourney: ["e"])
        #expect(CompletenessScore.score(rings).score == 67)
        var full = rings
        full.title = "VP of Security"
        full.roleInPurchase = .decisionMaker
        full.informationSources = ["Peers"]
        full.measuredBy = ["Risk"]
        full.readingLevel = 10
        #expect(CompletenessScore.score(full) == Completeness(score: 100, missing: []))
        full.readingLevel = nil
        #expect(CompletenessScore.score(full) == Completeness(score: 93, missing: ["reading_level"]))
    }

    @Test func channelsCountWhatTheReleaseAsksAndHowTheyArePaid() {
        let channel = ChannelPersona(id: "msp", name: "MSP", measuredBy: ["MRR"], changesAsked: ["Per-workload billing"], toolsNeeded: ["Export"])
        #expect(CompletenessScore.score(channel) == Completeness(score: 60, missing: ["channel", "sales_style", "motivations", "objections"]))
    }

    @Test func personasBelowTheMinimumAreWarningsWithTheirSubject() async throws {
        let input = MarkedText("- 1️⃣id: ciso\n  name: CISO\n  title: VP of Security\n")
        let kit = try PersonaKit(["buyers.yml": input.text])
        defer { kit.remove() }
        let findings = try await kit.run("buyers: buyers.yml").findings
        #expect(findings.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.yml")): warning: buyer persona 'ciso' is 7% complete (minimum 80%); missing 'role_in_purchase', 'priority_initiatives', 'success_factors', 'perceived_barriers', 'decision_criteria', 'buyers_journey', 'information_sources', 'measured_by', 'reading_level' [personas.incomplete]",
        ])
        #expect(findings.first?.subject == Subject(.buyerPersona, "ciso"))
        #expect(try await kit.run("{ buyers: buyers.yml, min-completeness: 0 }").findings.isEmpty)
    }
}
