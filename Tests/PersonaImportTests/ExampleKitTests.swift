import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import PersonaImport

/// The CloudGuard example's personas, imported with the options its config gives: buyers from
/// YAML, channels from a CRM export through `columns:`. Its outputs are golden files.
@Suite struct ExampleKitTests {
    static let kitDirectory = PackagePaths.examples.appending(path: "CloudGuard")

    /// The `with:` of the config's `persona-import` entry, decoded as the pipeline decodes it.
    static func exampleOptions() throws -> PersonaImportOptions {
        let bytes = try PackagePaths.bytes(kitDirectory.appending(path: "launchkit.yml"))
        let root = try #require(try YAMLDocument.load(bytes, file: "launchkit.yml"))
        let entry = try #require(root.mapping?["pipeline"]?.sequence?.nodes.first { $0.mapping?["uses"]?.scalar?.string == "persona-import" })
        return try NodeDecoder(file: "launchkit.yml").decode(PersonaImportOptions.self, from: try #require(entry.mapping?["with"]))
    }

    static func importExample() async throws -> Kit {
        let kit = PersonaKit(existing: kitDirectory)
        var result = Kit(release: PersonaKit.release)
        try await PersonaImportStage(options: exampleOptions()).run(&result, in: try kit.context())
        return result
    }

    @Test func theExampleImportsBuyersFromYAMLAndChannelsFromCSV() async throws {
        let kit = try await Self.importExample()
        #expect(kit.buyerPersonas.map(\.id) == ["ciso", "cloud-architect", "devops-lead", "cfo"])
        #expect(kit.buyerPersonas.map(\.roleInPurchase) == [.decisionMaker, .influencer, .blocker, .economicBuyer])
        #expect(kit.channelPersonas.map(\.id) == ["field-sales", "resellers", "msp"])
        #expect(kit.channelPersonas.first?.toolsNeeded == [
            "Attack-path demo on a live sample account", "Pricing calculator for per-workload deals", "CFO one-pager and payback model",
        ])
        #expect(kit.channelPersonas.first?.source?.description == "personas/channels.csv:2:1")
        #expect(kit.buyerPersonas.map { $0.completeness?.score } == [100, 100, 100, 67])
        #expect(kit.channelPersonas.map { $0.completeness?.score } == [100, 100, 90])
        #expect(kit.artifacts.map(\.path) == ["personas.md", "personas.csv"])
    }

    @Test func theExampleHasOneFindingTheIncompleteCFO() async throws {
        let findings = try await Self.importExample().findings
        #expect(findings.map(DiagnosticFormatter.headline) == [
            "personas/buyers.yml:112:3: warning: buyer persona 'cfo' is 67% complete (minimum 80%); missing 'perceived_barriers', 'buyers_journey', 'information_sources' [personas.incomplete]",
        ])
        #expect(findings.first?.subject == Subject(.buyerPersona, "cfo"))
    }

    @Test func personasMarkdownMatchesItsGoldenFile() async throws {
        let kit = try await Self.importExample()
        Snapshot.assertMatches(try #require(kit.artifacts.first { $0.path == "personas.md" }).contents, named: "CloudGuard-personas.md")
    }

    @Test func personasCSVMatchesItsGoldenFile() async throws {
        let kit = try await Self.importExample()
        Snapshot.assertMatches(try #require(kit.artifacts.first { $0.path == "personas.csv" }).contents, named: "CloudGuard-personas.csv")
    }
}
