import Foundation
import LaunchKitCore
import LaunchKitTemplates
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCLI

@Suite struct InitCommandTests {
    /// The binary carries every file of Templates/starter, byte for byte (dotfiles included).
    @Test func theEmbeddedStarterKitIsTemplatesStarter() throws {
        let directory = PackagePaths.root.appending(path: "Templates/starter")
        var onDisk: [String: String] = [:]
        let prefix = directory.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            onDisk[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        #expect(StarterKit.files == onDisk)
        #expect(StarterKit.paths == [
            ".gitignore", "checklist.yml", "glossary.yml", "launchkit.yml", "messages.yml", "personas/buyers.yml", "personas/channels.yml",
        ])
    }

    @Test func writesTheStarterKitAndRefusesToOverwriteIt() throws {
        let directory = try TemporaryDirectory("launchkit-init")
        defer { directory.remove() }
        let first = try CommandRunner().run(["init", "kit"], in: directory.url)
        #expect(first.status == 0)
        #expect(first.stdout.hasPrefix("Created a starter kit for Beacon in kit:\n  .gitignore\n  checklist.yml\n"))
        #expect(try directory.files(under: "kit") == StarterKit.files)

        try directory.write("kit/messages.yml", "- id: mine\n  text: My own message.\n")
        let second = try CommandRunner().run(["init", "kit"], in: directory.url)
        #expect(second.status == 2)
        #expect(second.stderr == """
            error: refusing to overwrite 7 existing files: 'kit/.gitignore', 'kit/checklist.yml', 'kit/glossary.yml', 'kit/launchkit.yml', 'kit/messages.yml' and 2 more; nothing was written [init.exists]
              suggestion: pass --force to replace them, or choose another directory

            """)
        #expect(try directory.files(under: "kit")["messages.yml"] == "- id: mine\n  text: My own message.\n")

        #expect(try CommandRunner().run(["init", "kit", "--force"], in: directory.url).status == 0)
        #expect(try directory.files(under: "kit")["messages.yml"] == StarterKit.files["messages.yml"])
    }

    @Test func oneExistingFileStopsEveryWrite() throws {
        let directory = try TemporaryDirectory("launchkit-init")
        defer { directory.remove() }
        try directory.write("launchkit.yml", "launchkit: 1\n")
        let run = try CommandRunner().run(["init"], in: directory.url)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: refusing to overwrite 1 existing file: 'launchkit.yml'; nothing was written [init.exists]"))
        #expect(try directory.files() == ["launchkit.yml": "launchkit: 1\n"])
    }

    @Test func theProductNameIsReplacedEverywhere() throws {
        let files = StarterFiles.kit(product: "Acme Insights").files
        #expect(files.values.allSatisfy { !$0.contains("Beacon") })
        #expect(files["launchkit.yml"]?.contains("  product: Acme Insights\n") == true)
        #expect(files["messages.yml"]?.contains("Acme Insights groups every support ticket") == true)
        #expect(StarterFiles.problem(withProduct: "Acme Insights") == nil)
        #expect(StarterFiles.problem(withProduct: "R&D Pro+") == nil)
        #expect(StarterFiles.problem(withProduct: "Acme: Insights") == "--product may use letters, digits, single spaces and . - _ & + ' only, found 'Acme: Insights'")
        #expect(StarterFiles.problem(withProduct: "#1 Tool") == "--product must start with a letter or a digit, found '#1 Tool'")
        #expect(StarterFiles.problem(withProduct: "") == "--product is empty")
    }

    @Test func badProductNamesAreUsageErrors() throws {
        let directory = try TemporaryDirectory("launchkit-init")
        defer { directory.remove() }
        let run = try CommandRunner().run(["init", "--product", "Acme: Insights"], in: directory.url)
        #expect(run.status == 2)
        #expect(try directory.files().isEmpty)
        let both = try CommandRunner().run(["init", "--templates", "--product", "Acme"], in: directory.url)
        #expect(both.status == 2)
        #expect(both.stderr.hasPrefix("Error: --product applies to the starter kit, not to --templates"))
    }

    @Test func templatesAreCopiedOutForEditing() throws {
        let directory = try TemporaryDirectory("launchkit-init")
        defer { directory.remove() }
        let run = try CommandRunner().run(["init", "--templates"], in: directory.url)
        #expect(run.status == 0)
        #expect(try directory.files(under: "templates") == DefaultTemplates.files)
        #expect(run.stdout.hasPrefix("Copied \(DefaultTemplates.files.count) built-in templates to templates:"))
        #expect(run.stdout.hasSuffix("Next: add 'templates: ./templates' to the kit's launchkit.yml (the path is relative to it) and edit the copies.\n"))
        if !DefaultTemplates.files.isEmpty {
            #expect(try CommandRunner().run(["init", "--templates"], in: directory.url).status == 2)
        }
    }

    /// The stages the starter kit's pipeline uses.
    static let starterStages = ["persona-import", "message-simplification", "enablement-sheets", "readiness-packet"]

    /// What a new user does first: `launchkit init` then `launchkit build`, with the real
    /// built-in stages. Until all four starter stages are registered in `BuiltInStages`, the
    /// failure is expected (and recorded as a known issue); from then on it must pass.
    @Test func initThenBuildWritesAPacket() async throws {
        let missing = Self.starterStages.filter { BuiltInStages.registry.entry(forID: $0) == nil }
        if missing.isEmpty {
            try await initThenBuild()
        } else {
            await withKnownIssue("not registered in BuiltInStages yet: \(missing.joined(separator: ", "))") {
                try await initThenBuild()
            }
        }
    }

    private func initThenBuild() async throws {
        let directory = try TemporaryDirectory("launchkit-init")
        defer { directory.remove() }
        try StarterFiles.kit().write(into: directory.url, displayPath: ".", force: false)
        let result = await KitBuild(
            configPath: nil, registry: BuiltInStages.registry, settings: KitBuild.Settings(), workingDirectory: directory.url.path,
            processEnvironment: ["SOURCE_DATE_EPOCH": "1767225600"]
        ).run()
        #expect(result.problems.map { DiagnosticFormatter.headline($0) } == [])
        #expect(result.status == .ready)
        let packet = try directory.files(under: "dist/Beacon-3.2")
        for file in ["README.md", "summary.json", "personas.md", "personas.csv", "messages.md", "messages.csv", "checklist.md", "checklist.csv"] {
            #expect(packet[file] != nil, "the packet has no \(file)")
        }
        #expect(packet.keys.contains { $0.hasPrefix("sheets/") })
    }
}
