import Foundation
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCore

@Suite struct ConfigLoaderTests {
    func problems(_ yaml: String) throws -> [String] {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("launchkit.yml", yaml)
        do {
            _ = try ConfigLoader.load(nil, workingDirectory: temp.url.path)
            return []
        } catch {
            return error.diagnostics.map { DiagnosticFormatter.headline($0) + ($0.suggestion.map { " | " + $0 } ?? "") }
        }
    }

    @Test func validConfigDecodesWithDefaults() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("kit/launchkit.yml", "launchkit: 1\nrelease:\n  product: CloudGuard\n  version: 2.0\n  date: 2026-12-01\npipeline:\n  - uses: x\n")
        let loaded = try ConfigLoader.load("kit", workingDirectory: temp.url.path)
        #expect(loaded.displayPath == "launchkit.yml")
        #expect(loaded.directory.lastPathComponent == "kit")
        #expect(loaded.config.release.version == "2.0")
        #expect(loaded.config.release.tier == 2)
        #expect(loaded.config.output.resolvedDirectory(for: loaded.config.release) == "dist/CloudGuard-2.0")
        #expect(loaded.config.output.formats == [.markdown, .csv])
    }

    @Test func unknownKeysAreAllReportedWithSuggestions() throws {
        let found = try problems("launchkit: 1\nrelase: {}\nrelease: { product: A, version: '1', date: 2026-12-01, teir: 1 }\npipeline: []\n")
        #expect(found == [
            "launchkit.yml:2:1: error: unknown key 'relase' [yaml.schema] | did you mean 'release'?",
            "launchkit.yml:3:56: error: unknown key 'teir' in 'release' [yaml.schema] | did you mean 'tier'?",
        ])
    }

    @Test func newerFormatVersionAsksForAnUpgrade() throws {
        #expect(try problems("launchkit: 2\nrelease: { product: A, version: '1', date: 2026-12-01 }\npipeline: []\n") == [
            "launchkit.yml:1:12: error: 'launchkit': unsupported config format version 2; this launchkit reads version 1; upgrade launchkit to read it [yaml.schema]",
        ])
    }

    @Test func badDateTierAndFormatArePointedAt() throws {
        #expect(try problems("launchkit: 1\nrelease: { product: A, version: '1', date: 2026-13-01, tier: 4 }\npipeline: []\noutput: { formats: [pdf] }\n") == [
            "launchkit.yml:2:44: error: 'release.date': expected a date written YYYY-MM-DD, found '2026-13-01' [yaml.schema]",
        ])
        #expect(try problems("launchkit: 1\nrelease: { product: A, version: '1', date: 2026-12-01, tier: 4 }\npipeline: []\n") == [
            "launchkit.yml:2:62: error: 'release.tier': launch tier must be 1, 2 or 3, found 4 [yaml.schema]",
        ])
        #expect(try problems("launchkit: 1\nrelease: { product: A, version: '1', date: 2026-12-01 }\npipeline: []\noutput: { formats: [pdf] }\n") == [
            "launchkit.yml:4:21: error: unknown value 'pdf' for 'output.formats[0]' [yaml.schema] | expected one of: markdown, csv",
        ])
    }

    @Test func syntaxErrorsAreLocated() throws {
        #expect(try problems("launchkit: 1\nrelease: [\n") == [
            "launchkit.yml:3:1: error: did not find expected node content while parsing a flow node [yaml.syntax]",
        ])
    }

    @Test func missingConfigSuggestsInit() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        #expect {
            try ConfigLoader.load(nil, workingDirectory: temp.url.path)
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.suggestion?.contains("launchkit init") == true
        }
    }

    @Test func externalEntriesNeedAnId() throws {
        #expect(try problems("launchkit: 1\nrelease: { product: A, version: '1', date: 2026-12-01 }\npipeline:\n  - run: ./x\n").first?.contains("needs an 'id:'") == true)
    }

    @Test func outputDirectoryPlaceholdersCannotAddPathLevels() {
        let release = Release(product: "Cloud/Guard", version: "..", date: CalendarDate("2026-12-01")!, tier: 1)
        #expect(OutputSettings().resolvedDirectory(for: release) == "dist/Cloud-Guard--")
    }
}
