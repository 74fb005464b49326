import Foundation
import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// The Readability package (`vale-styles/Readability`, the same formulas as Vale's test style)
/// on Vale's Readability fixture: LIX must come out at 38.27, as Vale computes it after
/// stripping the Markdown. Vale's scenario only says the output contains that line; the other
/// formulas fire too, and where their definitions match textstat's (Flesch-Kincaid, SMOG) the
/// values agree with textstat 0.7.13 on the same text (9.08 and 11.49, see
/// `Tests/Conformance/textstat/textstat-derived-en.json`).
@Suite struct ReadabilityConformanceTests {
    @Test func lixMatchesVale() throws {
        let pack = try StylePack.load(directory: PackagePaths.conformance.appending(path: "vale-styles/Readability/Readability"))
        #expect(pack.rules.count == 7)
        let fixture = PackagePaths.conformance.appending(path: "vale-testdata/testdata/fixtures/styles/Readability/test.md")
        let alerts = Linter(rules: pack.rules).lint(markdown: try String(contentsOf: fixture, encoding: .utf8), file: "test.md")
        let lines = alerts.map(AlertFormatter.line)
        let expected = "test.md:1:1:Readability.LIX:Try to keep the LIX score (38.27) below 35."
        print("vale-styles/Readability: \(lines.contains(expected) ? 1 : 0) of 1 expected alerts reproduced (LIX 38.27; \(lines.count) alerts in all)")
        #expect(lines.contains(expected))
        #expect(lines.contains { $0.contains("Readability.FleschKincaid") && $0.contains("(9.08)") })
        #expect(lines.contains { $0.contains("Readability.SMOG") && $0.contains("(11.49)") })
    }
}
