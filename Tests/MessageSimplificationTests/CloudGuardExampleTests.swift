import Foundation
import LaunchKitCore
import LaunchKitTestSupport
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
}
