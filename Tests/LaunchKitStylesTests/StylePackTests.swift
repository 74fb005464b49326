import Foundation
import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// Styles load from a folder, unchanged from Vale packages, or from YAML held in memory.
@Suite struct StylePackTests {
    static let packages = PackagePaths.conformance.appending(path: "vale-styles")

    @Test(arguments: ["write-good", "proselint", "Microsoft", "Google", "alex", "Readability"])
    func valePackagesLoadUnchanged(_ name: String) throws {
        let pack = try StylePack.load(directory: Self.packages.appending(path: "\(name)/\(name)"))
        #expect(pack.name == name)
        #expect(!pack.rules.isEmpty)
        #expect(pack.rules.allSatisfy { $0.name.hasPrefix("\(name).") && $0.kind.isImplemented })
    }

    @Test func inMemoryRulesAreNamedAfterTheStyle() throws {
        let pack = try StylePack(name: "launchkit", files: ["Buzzwords.yml": "extends: existence\nmessage: \"'%s' is a buzzword.\"\ntokens: [synergy]\n"])
        #expect(pack.rules.map(\.name) == ["launchkit.Buzzwords"])
    }

    @Test func everyBrokenRuleIsReported() {
        do {
            _ = try StylePack(name: "launchkit", files: ["A": "extends: nope\nmessage: x\n", "B": "message: x\n"])
            Issue.record("broken rules must not load")
        } catch {
            #expect(error.diagnostics.map(\.file) == ["launchkit/A.yml", "launchkit/B.yml"])
        }
    }
}
