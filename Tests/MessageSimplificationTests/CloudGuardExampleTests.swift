import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import MessageSimplification

/// The CloudGuard example kit's messages, through the stage as its config runs it: the pages a
/// marketer and a rep read, kept as golden files.
@Suite struct CloudGuardExampleTests {
    static let kit = PackagePaths.examples.appending(path: "CloudGuard")

    func run() async throws -> Kit {
        let options = try StageRun.options("""
            messages: messages.yml
            glossary: glossary.yml
            styles: [launchkit, styles/CloudGuard]
            max-sentence-words: 25
            """)
        return try await StageRun.run(
            options, in: Self.kit, workingDirectory: PackagePaths.examples, personas: StageRun.cloudGuardPersonas, channels: StageRun.cloudGuardChannels)
    }

    @Test func messagesPage() async throws {
        let kit = try await run()
        Snapshot.assertMatches(try #require(StageRun.artifact(kit, "messages.md")), named: "cloudguard/messages.md")
    }

    @Test func messagesCSV() async throws {
        let kit = try await run()
        Snapshot.assertMatches(try #require(StageRun.artifact(kit, "messages.csv")), named: "cloudguard/messages.csv")
    }

    @Test func findingsCSV() async throws {
        let kit = try await run()
        Snapshot.assertMatches(try #require(StageRun.artifact(kit, "findings.csv")), named: "cloudguard/findings.csv")
    }

    /// The personas these goldens use are the example's own, as persona-import reads them: ids,
    /// names, reading levels and accepted jargon from `personas/buyers.yml`.
    @Test func personasMatchTheExampleKit() throws {
        let bytes = try PackagePaths.bytes(Self.kit.appending(path: "personas/buyers.yml"))
        let buyers = try #require(try YAMLDocument.load(bytes)?.sequence?.nodes)
        let fromFile = buyers.compactMap(\.mapping).map { buyer in
            [
                buyer["id"]?.scalar?.string ?? "", buyer["name"]?.scalar?.string ?? "", buyer["reading_level"]?.scalar?.string ?? "",
                (buyer["jargon_ok"]?.sequence?.nodes.compactMap { $0.scalar?.string } ?? []).joined(separator: ","),
            ].joined(separator: " | ")
        }
        let used = StageRun.cloudGuardPersonas.map { persona in
            [persona.id, persona.name, persona.readingLevel.map { String(Int($0)) } ?? "", persona.jargonOK.joined(separator: ",")].joined(separator: " | ")
        }
        #expect(used == fromFile)
        let channels = try String(contentsOf: Self.kit.appending(path: "personas/channels.csv"), encoding: .utf8)
        for channel in StageRun.cloudGuardChannels {
            #expect(channels.contains("\n\(channel.id),"), "channel '\(channel.id)' is not in channels.csv")
        }
    }
}
