import Foundation
import LaunchKitTestSupport
import Testing

/// `launchkit lint` as CI and editors meet it: Vale's line and JSON formats, GitHub annotations,
/// and the exit codes a pipeline gates on.
@Suite struct LintCommandTests {
    let launchkit = CommandRunner()

    /// A folder with a README, a docs folder and a style of the team's own.
    func project() throws -> TemporaryDirectory {
        let temp = try TemporaryDirectory("launchkit-lint")
        try temp.write("README.md", """
            # CloudGuard 2.0

            CloudGuard may help you leverage a best-in-class view.

            ```
            leverage inside code is not prose
            ```

            Risks are ranked for you.

            """)
        try temp.write("docs/notes.txt", "Our seamless platform.\n")
        try temp.write("docs/guide/setup.md", "Connect an account in ten minutes.\n")
        try temp.write("docs/data.json", "{\"text\": \"leverage\"}\n")
        try temp.write("styles/Acme/Banned.yml", "extends: existence\nmessage: \"'%s' is banned\"\nlevel: error\ntokens: [platform]\n")
        return temp
    }

    @Test func linePrintsValeLinesAndASummary() throws {
        let temp = try project()
        defer { temp.remove() }
        let result = try launchkit.run(["lint", "README.md", "docs"], in: temp.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            README.md:3:12:launchkit.Hedging:'may help' hedges the claim; say what the product does
            README.md:3:25:launchkit.CorporateSpeak:use 'use' instead of 'leverage'
            README.md:3:36:launchkit.Buzzwords:'best-in-class' is a buzzword; say what it does for the buyer
            README.md:9:7:launchkit.PassiveVoice:'are ranked' may be passive voice; say who does what
            docs/notes.txt:1:5:launchkit.Buzzwords:'seamless' is a buzzword; say what it does for the buyer

            """)
        #expect(result.stderr == "0 errors, 4 warnings and 1 suggestion in 2 files.\n")
    }

    @Test func errorLevelAlertsExitOneAndAnnotateOnGitHub() throws {
        let temp = try project()
        defer { temp.remove() }
        let result = try launchkit.run(["lint", "docs", "--styles", "launchkit,styles/Acme", "--output", "github"], in: temp.url)
        #expect(result.status == 1)
        #expect(result.stdout == """
            ::warning file=docs/notes.txt,line=1,col=5,title=launchkit.Buzzwords::'seamless' is a buzzword; say what it does for the buyer
            ::error file=docs/notes.txt,line=1,col=14,title=Acme.Banned::'platform' is banned

            """)
    }

    @Test func minLevelLeavesOutLowerAlerts() throws {
        let temp = try project()
        defer { temp.remove() }
        let result = try launchkit.run(["lint", "README.md", "--min-level", "warning"], in: temp.url)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("PassiveVoice"))
        #expect(result.stdout.split(separator: "\n").count == 3)
    }

    @Test func jsonIsValesShape() throws {
        let temp = try project()
        defer { temp.remove() }
        let result = try launchkit.run(["lint", "README.md", "--output", "json", "--min-level", "warning"], in: temp.url)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [[String: Any]]])
        let alerts = try #require(json["README.md"])
        #expect(alerts.map { $0["Check"] as? String } == ["launchkit.Hedging", "launchkit.CorporateSpeak", "launchkit.Buzzwords"])
        #expect(alerts[1]["Line"] as? Int == 3)
        #expect(alerts[1]["Span"] as? [Int] == [25, 32])
        #expect(alerts[1]["Match"] as? String == "leverage")
        #expect((alerts[1]["Action"] as? [String: Any])?["Params"] as? [String] == ["use"])
    }

    @Test func aValeConfigDecidesItsStylesAndStylesAddToIt() throws {
        let temp = try project()
        defer { temp.remove() }
        try temp.write(".vale.ini", "StylesPath = styles\nMinAlertLevel = suggestion\n\n[*.{md,txt}]\nBasedOnStyles = Acme\n")
        let configOnly = try launchkit.run(["lint", "docs", "--config", ".vale.ini"], in: temp.url)
        #expect(configOnly.status == 1)
        #expect(configOnly.stdout == "docs/notes.txt:1:14:Acme.Banned:'platform' is banned\n")
        let both = try launchkit.run(["lint", "docs", "--config", ".vale.ini", "--styles", "launchkit"], in: temp.url)
        #expect(both.stdout.split(separator: "\n").map { $0.split(separator: ":")[3] } == ["launchkit.Buzzwords", "Acme.Banned"])
    }

    @Test func invalidInputExitsTwoWithEveryProblem() throws {
        let temp = try project()
        defer { temp.remove() }
        let result = try launchkit.run(["lint", "nope.md", "--styles", "launchkt"], in: temp.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            error: no style folder at 'launchkt' [styles.missing]
              suggestion: did you mean 'launchkit', the built-in style?
            error: no such file or directory: 'nope.md' [lint.missing-file]

            """)
        let broken = try launchkit.run(["lint", "README.md", "--styles", "styles/Broken"], in: temp.url) // missing folder
        #expect(broken.status == 2)
        try temp.write("styles/Bad/Rule.yml", "extends: existence\nmesage: x\ntokens: [a]\n")
        let bad = try launchkit.run(["lint", "README.md", "--styles", "styles/Bad"], in: temp.url)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("styles/Bad/Rule.yml:2:1: error:"))
    }

    @Test func usageErrorsExitTwo() throws {
        let none = try launchkit.run(["lint"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("give at least one file or directory to lint"))
        let limit = try launchkit.run(["lint", "README.md", "--max-sentence-words", "3"])
        #expect(limit.status == 2)
        #expect(limit.stderr.contains("--max-sentence-words must be between 5 and 100, found 3"))
    }

    @Test func invalidUTF8IsLocated() throws {
        let temp = try project()
        defer { temp.remove() }
        try Data([0x4F, 0x6B, 0x0A, 0x61, 0xFF, 0x62]).write(to: temp.url.appending(path: "bad.txt"))
        let result = try launchkit.run(["lint", "bad.txt"], in: temp.url)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("bad.txt:2:2: error: the file is not valid UTF-8 [input.encoding]"))
    }
}
