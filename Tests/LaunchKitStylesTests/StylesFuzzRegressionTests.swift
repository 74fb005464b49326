import Foundation
import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// Inputs that once crashed `Fuzz/FuzzStyles`, replayed through the same property: a rule file
/// (the bytes before the first NUL) either loads or is refused with an error, and linting a text
/// (the rest) with a loaded rule ends with 1-based alert positions.
@Suite struct StylesFuzzRegressionTests {
    static let folder = PackagePaths.fixtures.appending(path: "fuzz/FuzzStyles")

    static func inputs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: inputs())
    func ruleLoadsOrIsRefusedAndLintingEnds(_ name: String) throws {
        let bytes = try PackagePaths.bytes(Self.folder.appending(path: name))
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        let yaml = String(decoding: bytes[..<split], as: UTF8.self)
        let text = split < bytes.count ? String(decoding: bytes[(split + 1)...], as: UTF8.self) : "It was decided."
        guard let rule = try? StyleRule.load(yaml: yaml, name: "Fuzz.Rule") else { return }
        let linter = Linter(rules: [rule])
        for alert in linter.lint(markdown: text, file: "fuzz.md") + linter.lint(text: text, file: "fuzz.txt") {
            #expect(alert.line >= 1 && alert.column >= 1)
        }
    }

    @Test func theCatalogueIsNotEmpty() {
        #expect(!Self.inputs().isEmpty)
    }

    /// The crash itself: a consistency rule with an `either` spelling that starts with `?` is
    /// refused when it loads, as Vale refuses it, instead of trapping while linting.
    @Test func aSpellingThatStartsWithAQuantifierIsRefused() {
        let yaml = "extends: consistency\nmessage: \"Use '%s' consistently.\"\nlevel: error\neither:\n  ?ds: exists\n"
        #expect(throws: (any Error).self) { try StyleRule.load(yaml: yaml, name: "Fuzz.Rule") }
        do {
            _ = try StyleRule.load(yaml: yaml, name: "Fuzz.Rule")
        } catch {
            #expect("\(error)".contains("missing argument to repetition operator '?'"), "\(error)")
        }
    }
}
