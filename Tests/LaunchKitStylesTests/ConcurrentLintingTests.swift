import Foundation
import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// A linter is shared between tasks (the CLI lints files concurrently): results must not
/// depend on which task ran first or how many ran at once.
@Suite struct ConcurrentLintingTests {
    @Test func parallelRunsMatchSerialRuns() async throws {
        let pack = try StylePack.load(directory: PackagePaths.conformance.appending(path: "vale-styles/proselint/proselint"))
        let linter = Linter(rules: pack.rules)
        let corpus = PackagePaths.conformance.appending(path: "marketing-corpus/vite/docs/blog")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".md") }.sorted()
        let texts = try files.map { try String(contentsOf: corpus.appending(path: $0), encoding: .utf8) }
        let serial = zip(files, texts).map { linter.lint(markdown: $1, file: $0) }
        let parallel = await withTaskGroup(of: (Int, [Alert]).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, linter.lint(markdown: text, file: files[index])) }
            }
            var results = [[Alert]](repeating: [], count: texts.count)
            for await (index, alerts) in group { results[index] = alerts }
            return results
        }
        #expect(!files.isEmpty)
        #expect(parallel == serial)
    }
}
