import Foundation
import LaunchKitTestSupport
import Testing

/// The executable as a user meets it: exit codes, usage errors, messages for broken input.
@Suite struct CommandLineTests {
    let launchkit = CommandRunner()

    @Test func helpListsTheCommandsAndExitCodes() throws {
        let result = try launchkit.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("SUBCOMMANDS:"))
        #expect(result.stdout.contains("build"))
        #expect(result.stdout.contains("3  a stage failed; nothing was written"))
    }

    @Test func versionPrints() throws {
        let result = try launchkit.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try launchkit.run(["build", "--fail-under", "140"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--fail-under must be between 0 and 100"))
        let unknown = try launchkit.run(["build", "--formt", "csv"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("Did you mean '--format'?"))
    }

    @Test func missingConfigExitsTwoAndSuggestsInit() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let result = try launchkit.run(["build"], in: temp.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: no config file at 'launchkit.yml' [config.missing]"))
        #expect(result.stderr.contains("launchkit init"))
        #expect(try temp.files().isEmpty)
    }

    @Test func brokenConfigIsLocatedWithACaretAndNothingIsWritten() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("launchkit.yml", """
            launchkit: 1
            release: { product: CloudGuard, version: "2.0", date: 2026-12-01, tier: 1 }
            pipelin:
              - uses: persona-import
            """)
        let result = try launchkit.run(["validate"], in: temp.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("""
            launchkit.yml:3:1: error: missing required key 'pipeline' (found 'pipelin') [yaml.schema]
             3 | pipelin:
               | ^
              suggestion: rename 'pipelin' to 'pipeline'
            launchkit.yml: invalid (1 problem)
            """))
        #expect(try temp.files().keys.sorted() == ["launchkit.yml"])
    }

    @Test func yamlSyntaxErrorIsLocated() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("launchkit.yml", "launchkit: 1\nrelease: { product: [\n")
        let result = try launchkit.run(["build"], in: temp.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("launchkit.yml:3:1: error: "))
        #expect(result.stderr.contains("[yaml.syntax]"))
    }
}
