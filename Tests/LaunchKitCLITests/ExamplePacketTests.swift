import Foundation
import LaunchKitTestSupport
import Testing

/// The bundled example built by the real executable, as the README's first command does.
@Suite(.serialized) struct ExamplePacketTests {
    let launchkit = CommandRunner()
    static let config = "Examples/CloudGuard/launchkit.yml"

    /// Builds the example into a temporary folder and returns its files.
    func build(_ extra: [String] = [], environment: [String: String] = [:]) throws -> (CommandRunner.Result, [String: String], TemporaryDirectory) {
        let temp = try TemporaryDirectory("launchkit-example")
        let out = temp.url.appending(path: "packet").path
        let result = try launchkit.run(["build", Self.config, "--out", out] + extra, environment: environment)
        let files = (try? temp.files(under: "packet")) ?? [:]
        return (result, files, temp)
    }

    /// Every file of the packet against `Snapshots/CloudGuard-2.0/`. Review diffs by eye: this is
    /// what a sales rep reads.
    @Test func examplePacketMatchesItsGoldenFiles() throws {
        let (result, files, temp) = try build()
        defer { temp.remove() }
        #expect(result.status == 0, "\(result.stderr)")
        let golden = PackagePaths.root.appending(path: "Tests/LaunchKitCLITests/Snapshots/CloudGuard-2.0")
        let expectedNames = Set((try? FileManager.default.subpathsOfDirectory(atPath: golden.path)) ?? [])
            .filter { !$0.hasSuffix("/") && !FileManager.default.isDirectory(golden.appending(path: $0)) }
        let producedNames = Set(files.keys).subtracting([".launchkit-packet"])
        if ProcessInfo.processInfo.environment["LAUNCHKIT_RECORD"] != "1" {
            #expect(producedNames == expectedNames, "the packet's file list changed")
        }
        for name in producedNames.sorted() {
            Snapshot.assertMatches(files[name] ?? "", named: "CloudGuard-2.0/\(name)")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (first, one, temp1) = try build()
        let (second, two, temp2) = try build()
        defer {
            temp1.remove()
            temp2.remove()
        }
        #expect(first.status == second.status)
        #expect(one == two)
        #expect(!one.isEmpty)
    }

    @Test func sourceDateEpochIsThePrintedDate() throws {
        let (result, files, temp) = try build(environment: ["SOURCE_DATE_EPOCH": "1764547200"])
        defer { temp.remove() }
        #expect(result.status == 0)
        #expect(files["summary.json"]?.contains("\"generated\": \"2025-12-01\"") == true)
    }

    @Test func raisingTheGateFlipsTheExitCodeAndListsFailingChecks() throws {
        let (result, _, temp) = try build(["--fail-under", "99"])
        defer { temp.remove() }
        #expect(result.status == 1)
        #expect(result.stderr.contains("not ready, score"))
        #expect(result.stderr.contains("  failing: "))
    }

    @Test func markdownOnlyLeavesCSVOutOfFilesAndIndexes() throws {
        let (result, files, temp) = try build(["--format", "md"])
        defer { temp.remove() }
        #expect(result.status == 0)
        #expect(!files.keys.contains { $0.hasSuffix(".csv") })
        #expect(files["README.md"]?.contains(".csv") == false)
        #expect(files["summary.json"]?.contains(".csv\"") == false)
    }

    @Test func jsonReportIsOnStdout() throws {
        let (result, _, temp) = try build(["--json", "--quiet"])
        defer { temp.remove() }
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["status"] as? String == "ready")
        #expect(report?["exit_code"] as? Int == 0)
        #expect((report?["files"] as? [String])?.contains("README.md") == true)
        #expect((report?["gate"] as? [String: Any])?["passed"] as? Bool == true)
    }

    @Test func githubOutputPrintsWorkflowCommands() throws {
        let (result, _, temp) = try build(["--output", "github", "--fail-under", "99"])
        defer { temp.remove() }
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("::error") || $0.hasPrefix("::warning") || $0.hasPrefix("::notice") })
        #expect(lines.contains { $0.hasPrefix("::error title=readiness.") })
        #expect(lines.contains { $0.contains("file=Examples/CloudGuard/") && $0.contains(",line=") })
    }

    @Test func validateWritesNothing() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let result = try launchkit.run(["validate", PackagePaths.root.appending(path: Self.config).path], in: temp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("valid"))
        #expect(try temp.files().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: PackagePaths.examples.appending(path: "CloudGuard/dist/.launchkit-tmp").path))
    }

    @Test func severalKitsBuildInParallelWithOneLineEach() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        for name in ["a", "b"] {
            try FileManager.default.copyItem(at: PackagePaths.examples.appending(path: "CloudGuard"), to: temp.url.appending(path: name))
            try? FileManager.default.removeItem(at: temp.url.appending(path: "\(name)/dist"))
        }
        let result = try launchkit.run(["build", "a/launchkit.yml", "b", "--quiet"], in: temp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: temp.url.appending(path: "a/dist/CloudGuard-2.0/README.md").path))
        #expect(FileManager.default.fileExists(atPath: temp.url.appending(path: "b/dist/CloudGuard-2.0/README.md").path))
        let fresh = try launchkit.run(["build", "a", "b"], in: temp.url)
        #expect(fresh.stderr.components(separatedBy: "CloudGuard 2.0: ready").count - 1 == 2)
    }
}

extension FileManager {
    func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
