import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import Testing
@testable import EnablementSheets

/// Golden files of every default sheet for the CloudGuard example: competitors from the example's
/// own competitors.yml, personas and messages from `CloudGuardKit`. Read them as a rep would.
@Suite("example sheets")
struct ExampleSheetsTests {
    static let options = EnablementSheetsOptions(competitors: InputPath("competitors.yml"))

    @Test func rendersEverySheetOfTheExample() async throws {
        let kit = try await SheetTestSupport.run(CloudGuardKit.kit, options: Self.options)
        #expect(kit.artifacts.map(\.path) == [
            "sheets/cheat-sheet.md",
            "sheets/battlecard-skyline.md",
            "sheets/battlecard-ironclad.md",
            "sheets/battlecard-native-tools.md",
            "sheets/channel-brief-field-sales.md",
            "sheets/channel-brief-msp-partners.md",
            "sheets/one-pager-ciso.md",
            "sheets/one-pager-cloud-architect.md",
            "sheets/one-pager-devsecops-lead.md",
            "sheets/battlecards.csv",
            "sheets/sheets.csv",
        ])
        for artifact in kit.artifacts {
            Snapshot.assertMatches(artifact.contents, named: "cloudguard/\(artifact.path)")
        }
    }
}
