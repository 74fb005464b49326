import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import EnablementSheets

/// Golden files of every default sheet for the CloudGuard example, built from the example's own
/// launchkit.yml (release and this stage's options) and competitors.yml, with the personas and
/// messages of `CloudGuardKit`. Read them as a rep would.
@Suite("example sheets")
struct ExampleSheetsTests {
    static let options = EnablementSheetsOptions(competitors: InputPath("competitors.yml"))

    /// The example's config, as `launchkit build` loads it.
    static func exampleConfig() throws -> LoadedConfig {
        try ConfigLoader.load(SheetTestSupport.exampleKit.path, workingDirectory: SheetTestSupport.exampleKit.path)
    }

    /// The `with:` of the example's enablement-sheets entry, decoded as the pipeline decodes it.
    static func exampleOptions(_ loaded: LoadedConfig) throws -> EnablementSheetsOptions {
        let entry = try #require(loaded.config.pipeline.first { $0.id == EnablementSheetsStage.description.id })
        return try NodeDecoder(file: loaded.displayPath).decode(EnablementSheetsOptions.self, from: try #require(entry.options))
    }

    @Test func rendersEverySheetOfTheExample() async throws {
        let loaded = try Self.exampleConfig()
        var kit = CloudGuardKit.kit
        kit.release = loaded.config.release
        kit = try await SheetTestSupport.run(kit, options: try Self.exampleOptions(loaded))
        #expect(kit.artifacts.map(\.path) == [
            "sheets/cheat-sheet.md",
            "sheets/battlecard-skyline.md",
            "sheets/battlecard-ironclad.md",
            "sheets/battlecard-native-tools.md",
            "sheets/channel-brief-field-sales.md",
            "sheets/channel-brief-resellers.md",
            "sheets/channel-brief-msp.md",
            "sheets/one-pager-ciso.md",
            "sheets/one-pager-cloud-architect.md",
            "sheets/one-pager-devops-lead.md",
            "sheets/one-pager-cfo.md",
            "sheets/battlecards.csv",
            "sheets/sheets.csv",
        ])
        for artifact in kit.artifacts {
            Snapshot.assertMatches(artifact.contents, named: "cloudguard/\(artifact.path)")
        }
    }

    /// `CloudGuardKit` is a copy of what persona-import makes of the example's files: keep it honest.
    @Test func theHandMadeKitMatchesTheExamplesReleaseAndPersonas() throws {
        #expect(try Self.exampleConfig().config.release == CloudGuardKit.release)
        let buyersFile = SheetTestSupport.exampleKit.appending(path: "personas/buyers.yml")
        let buyers = try #require(try YAMLDocument.load(PackagePaths.bytes(buyersFile), file: "buyers.yml")?.sequence)
        #expect(buyers.nodes.map { [$0.mapping?["id"]?.scalar?.string, $0.mapping?["name"]?.scalar?.string] }
            == CloudGuardKit.buyers.map { [$0.id, $0.name] })
        let channelsFile = SheetTestSupport.exampleKit.appending(path: "personas/channels.csv")
        let channels = try CSVReader.parse(try InputFile(displayPath: "channels.csv", bytes: PackagePaths.bytes(channelsFile)).text(), file: "channels.csv")
        #expect(channels.rows.map { Array($0.values.prefix(2)) } == CloudGuardKit.channels.map { [$0.id, $0.name] })
    }
}
