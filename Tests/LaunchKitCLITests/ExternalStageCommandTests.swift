import Foundation
import LaunchKitTestSupport
import Testing

/// External stages through the `launchkit` binary: what a user sees, the exit codes, and the
/// packet on disk.
@Suite struct ExternalStageCommandTests {
    static let config = """
        launchkit: 1
        release: { product: Harbor, version: "5.0", date: 2027-01-19, tier: 2 }
        pipeline:
          - id: legal-review
            run: ./review.sh
            timeout: 2s
        """

    func kit(script: String) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory("launchkit-external-cli")
        try directory.write("launchkit.yml", Self.config)
        try writeScript(script, in: directory)
        return directory
    }

    func writeScript(_ script: String, in directory: TemporaryDirectory) throws {
        let url = try directory.write("review.sh", "#!/bin/sh\n" + script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    static let answering = """
        cat > /dev/null
        echo 'reviewing 0 claims' >&2
        printf '%s\\n' '{"artifacts": [{"path": "legal.md", "content": "# Legal review\\n"}], "log": ["all clear"]}'
        """

    @Test func stageOutputIsStreamedWithTheStageIDAndThePacketWritten() throws {
        let directory = try kit(script: Self.answering)
        defer { directory.remove() }
        let run = try CommandRunner().run(["build"], in: directory.url)
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("legal-review: reviewing 0 claims\nlegal-review: all clear\n"))
        #expect(try directory.files(under: "dist/Harbor-5.0")["legal.md"] == "# Legal review\n")
    }

    @Test func aHungStageExits3AndLeavesThePreviousPacket() throws {
        let directory = try kit(script: Self.answering)
        defer { directory.remove() }
        #expect(try CommandRunner().run(["build"], in: directory.url).status == 0)
        let before = try directory.files(under: "dist/Harbor-5.0")

        try writeScript("cat > /dev/null\necho 'calling the legal API' >&2\nsleep 60\n", in: directory)
        let start = ContinuousClock.now
        let run = try CommandRunner().run(["build"], in: directory.url)
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(run.status == 3)
        #expect(run.stderr.contains("legal-review: calling the legal API\n"))
        #expect(run.stderr.contains("launchkit.yml:4:5: error: stage 'legal-review' failed: './review.sh' did not finish within 2s; it and the processes it started were killed [stage.failed]"))
        #expect(run.stderr.hasSuffix("launchkit.yml: a stage failed; nothing was written\n"))
        #expect(try directory.files(under: "dist/Harbor-5.0") == before)
    }

    @Test func escapingPathsAndMalformedAnswersExit3NamingTheStage() throws {
        let directory = try kit(script: "printf '%s' '{\"artifacts\": [{\"path\": \"../escape.md\", \"content\": \"x\"}]}'\n")
        defer { directory.remove() }
        var run = try CommandRunner().run(["build"], in: directory.url)
        #expect(run.status == 3)
        #expect(run.stderr.contains("error: stage 'legal-review' failed: its answer adds the file '../escape.md', which is refused: the path escapes the packet directory"))
        #expect(!FileManager.default.fileExists(atPath: directory.url.appending(path: "dist").path))

        try writeScript("echo 'Done!'\n", in: directory)
        run = try CommandRunner().run(["build", "--json"], in: directory.url)
        #expect(run.status == 3)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["status"] as? String == "stage-failed")
    }

    @Test func validateChecksTheScriptWithoutRunningIt() throws {
        let directory = try kit(script: "touch ran\nexit 1\n")
        defer { directory.remove() }
        let run = try CommandRunner().run(["validate"], in: directory.url)
        #expect(run.status == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appending(path: "ran").path))

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: directory.url.appending(path: "review.sh").path)
        let invalid = try CommandRunner().run(["validate"], in: directory.url)
        #expect(invalid.status == 2)
        #expect(invalid.stderr.hasPrefix("launchkit.yml:5:10: error: cannot run './review.sh': it is not executable [config.external-command]"))
    }

    @Test func stagesListsTheExternalStagesOfAConfig() throws {
        let directory = try kit(script: Self.answering)
        defer { directory.remove() }
        let run = try CommandRunner().run(["stages", "--json", "--config", "launchkit.yml"], in: directory.url)
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: [[String: Any]]])
        let external = try #require(document["stages"]?.last)
        #expect(external["id"] as? String == "legal-review")
        #expect(external["origin"] as? String == "external ./review.sh")
        #expect(external["command"] as? String == "./review.sh")
        #expect(external["timeout"] as? String == "2s")
    }
}
