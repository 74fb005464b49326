import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCLI

/// The registry, the README's stage table and `launchkit stages` must agree, and every stage's
/// example must be a pipeline entry that plans as written (swift-format's generated-files test,
/// without generating code).
@Suite struct StageDocumentationTests {
    let registry = BuiltInStages.registry

    @Test func builtInIdsAreUniqueKebabCase() {
        let ids = registry.ids
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(id)")
        }
    }

    @Test func readmeTableListsEveryStageWithItsSummary() throws {
        let readme = try String(contentsOf: PackagePaths.root.appending(path: "README.md"), encoding: .utf8)
        for entry in registry.entries {
            let description = entry.description
            let needs = description.needs.isEmpty ? "—" : description.needs.map(\.rawValue).joined(separator: ", ")
            let adds = description.adds.isEmpty ? "—" : description.adds.map(\.rawValue).joined(separator: ", ")
            let row = "| [`\(description.id)`](#\(description.id)) | \(description.summary) | \(needs) | \(adds) |"
            #expect(readme.contains(row), "README.md lacks the stage row:\n\(row)")
        }
    }

    /// Every option a stage documents, with its type and default, as `launchkit stages` prints them.
    @Test func stagesListingMatchesItsGoldenFile() {
        Snapshot.assertMatches(StagesCommand.text(StagesCommand.listings(registry)) + "\n", named: "stages.txt")
    }

    @Test func everyOptionIsDocumentedOnce() {
        for entry in registry.entries {
            let names = entry.description.options.map(\.name)
            #expect(Set(names).count == names.count, "\(entry.description.id) documents an option twice")
            for option in entry.description.options {
                #expect(!option.summary.isEmpty && !option.type.isEmpty, "\(entry.description.id): option '\(option.name)' is undocumented")
            }
        }
    }

    /// All examples in registry order form one pipeline; planning it decodes every example's options
    /// and checks the stages' needs.
    @Test func examplesPlanAsWritten() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let entries = registry.entries.map(\.description.example).joined(separator: "\n")
        let pipeline = entries.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n")
        try temp.write("launchkit.yml", """
            launchkit: 1
            release: { product: CloudGuard, version: "2.0", date: 2026-12-01, tier: 1 }
            pipeline:
            \(pipeline)
            """)
        let loaded = try ConfigLoader.load(nil, workingDirectory: temp.url.path)
        let planned = try Pipeline(loaded, registry: registry, environment: PipelineEnvironment())
        #expect(planned.stages.map(\.id) == registry.ids)
    }
}
