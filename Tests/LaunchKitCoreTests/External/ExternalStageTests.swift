import Foundation
import LaunchKitYAML
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCore

@Suite struct ExternalStageTests {
    // MARK: The protocol, end to end with the fixture executable

    @Test func roundTripThroughAStageExecutableBuiltByThePackage() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        let (result, lines) = try await kit.run("""
              - uses: adds-personas
                with: { count: 2 }
              - id: echo
                run: \(ExternalKit.fixture)
                args: [echo, "two words"]
                env: { FIXTURE_REGION: emea, LAUNCHKIT_STAGE_ID: overridden }
                with: { region: emea, limit: 3, strict: true, version: "2.0", ratio: 0.5, tags: [a, 1], none: ~ }
            """)

        #expect(result.findings == [Diagnostic(
            .warning, "saw 2 buyer personas and 0 messages", at: SourceLocation(file: "launchkit.yml", line: 2, column: 1),
            rule: "fixture.seen", subject: Subject(.release, "launch"))])
        #expect(result.checks == [ReadinessCheck(id: "fixture-ran", title: "The fixture ran", passed: true, weight: 2, stage: "echo")])
        #expect(result.artifacts.map(\.path) == ["personas.md", "fixture/received.json"])
        let artifact = try #require(result.artifacts.last)
        #expect(artifact.stage == "echo" && artifact.kind == "echo" && artifact.title == "What the fixture received")
        #expect(lines == ["echo: fixture: read \(try inputSize(of: kit)) bytes", "echo: fixture: done", "echo: fixture answered"])

        let received = try #require(try JSONSerialization.jsonObject(with: Data(artifact.contents.utf8)) as? [String: Any])
        #expect(received["protocol"] as? Int == 1)
        let stage = try #require(received["stage"] as? [String: Any])
        #expect(stage["id"] as? String == "echo")
        let options = try #require(stage["options"] as? [String: Any])
        #expect(options["region"] as? String == "emea")
        #expect(options["limit"] as? Int == 3)
        #expect(options["strict"] as? Bool == true)
        #expect(options["version"] as? String == "2.0")
        #expect(options["ratio"] as? Double == 0.5)
        #expect(options["none"] is NSNull)
        #expect((options["tags"] as? [Any]).map { "\($0)" } == #"["a", 1]"#)
        let context = try #require(received["context"] as? [String: Any])
        #expect(context["kit_dir"] as? String == kit.path)
        #expect(context["config"] as? String == "launchkit.yml")
        #expect((received["release"] as? [String: Any])?["product"] as? String == "CloudGuard")
        #expect(received["artifacts"] as? [String] == ["personas.md"])
        #expect(received["arguments"] as? [String] == ["two words"])
        #expect(received["working_directory"] as? String == kit.path)
        #expect(received["environment"] as? [String: String] == [
            "FIXTURE_REGION": "emea",
            "LAUNCHKIT_PROTOCOL": "1",
            "LAUNCHKIT_STAGE_ID": "echo",
            "LAUNCHKIT_KIT_DIR": kit.path,
            "LAUNCHKIT_CONFIG": kit.path + "/launchkit.yml",
        ])
    }

    /// The size of the input document the echo stage reads, computed the way the stage computes it.
    private func inputSize(of kit: ExternalKit) throws -> Int {
        var seed = Kit(release: Release(product: "CloudGuard", version: "2.0", date: CalendarDate("2026-12-01")!, tier: 1))
        seed.buyerPersonas = (0..<2).map { BuyerPersona(id: "p\($0)", name: "Persona \($0)") }
        try seed.addArtifact(Artifact(path: "personas.md", contents: "2", kind: "personas", title: "Personas", stage: "adds-personas"))
        let node = try #require(try YAMLDocumentLoader.options("{ region: emea, limit: 3, strict: true, version: \"2.0\", ratio: 0.5, tags: [a, 1], none: ~ }"))
        let input = ExternalStageInput(
            stageID: "echo", options: try JSONValue(node, file: "launchkit.yml"),
            context: .init(kitDirectory: kit.path, config: "launchkit.yml", sourceDate: nil), kit: seed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(input).count
    }

    @Test func shellScriptStageAddsFindingsFilesAndChecks() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.answering("review.sh", """
            {"findings": [{"severity": "error", "message": "claim 'unbreakable' needs legal approval", "location": {"file": "messages.yml", "line": 12, "column": 9}, "subject": {"kind": "message", "id": "m7"}, "suggestion": "say 'hardened'"}],
             "artifacts": [{"path": "legal/review.md", "content": "# Legal review\\n", "kind": "legal-review", "title": "Legal review"}],
             "checks": [{"id": "legal-approved", "title": "Legal approved every claim", "passed": false, "blocking": true, "detail": "1 claim waits"}],
             "log": "1 claim to review\\nsee legal/review.md"}
            """)
        let (result, lines) = try await kit.run("  - id: legal-review\n    run: ./review.sh\n    timeout: 10s\n")
        #expect(result.findings == [Diagnostic(
            .error, "claim 'unbreakable' needs legal approval", at: SourceLocation(file: "messages.yml", line: 12, column: 9),
            rule: "legal-review", suggestion: "say 'hardened'", subject: Subject(.message, "m7"))])
        #expect(result.artifacts == [Artifact(
            path: "legal/review.md", contents: "# Legal review\n", kind: "legal-review", title: "Legal review", stage: "legal-review")])
        #expect(result.checks == [ReadinessCheck(
            id: "legal-approved", title: "Legal approved every claim", passed: false, weight: 1, detail: "1 claim waits", blocking: true, stage: "legal-review")])
        #expect(lines == ["legal-review: 1 claim to review", "legal-review: see legal/review.md"])
    }

    @Test func unicodeEscapesAsPythonWritesThemDecode() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        // Python's json.dumps writes non-ASCII as \u escapes, astral characters as surrogate pairs.
        try kit.answering("emoji.sh", #"{"log": ["\ud83d\ude80 launch \u00e9t\u00e9"]}"#)
        let (_, lines) = try await kit.run("  - id: emoji\n    run: ./emoji.sh\n")
        #expect(lines == ["emoji: 🚀 launch été"])
    }

    /// Examples/ExternalStage's Python stage, run as a kit runs it.
    @Test(.enabled(if: ExternalKit.hasPython3, "python3 is not on PATH"))
    func thePythonExampleStageReviewsClaims() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        let script = PackagePaths.examples.appending(path: "ExternalStage/scripts/claims_review.py").path
        let (result, lines) = try await kit.run("""
              - uses: adds-messages
                with: { count: 3 }
              - id: claims-review
                run: \(script)
                with: { banned: [attacker, guaranteed], blocking: true }
            """)
        #expect(lines == ["claims-review: reviewing 3 messages for CloudGuard 2.0", "claims-review: 3 banned claims, 0 figures without proof"])
        #expect(result.findings.map(\.message) == (0..<3).map { "message 'm\($0)' claims 'attacker', which legal does not approve" })
        #expect(result.findings.allSatisfy { $0.rule == "claims-review.banned" && $0.severity == .warning })
        #expect(result.artifacts.map(\.path) == ["legal/claims-review.md", "legal/claims.csv"])
        #expect(result.artifacts[0].contents.hasPrefix("# CloudGuard 2.0: claims review\n\n0 of 3 messages are ready for legal sign-off.\n"))
        #expect(result.artifacts[1].contents.hasPrefix("message,feature,status,banned_claims,unproven_figures,proof\r\nm0,attack paths,needs rewrite,attacker,,"))
        #expect(result.checks.map { "\($0.id) \($0.passed) \($0.blocking)" } == ["claims-reviewed false true"])
    }

    // MARK: Failures name the stage and say what went wrong

    @Test func nonZeroExitQuotesTheLastStderrLine() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.script("fail.sh", "#!/bin/sh\necho 'Traceback (most recent call last):' >&2\necho \"KeyError: 'personas'\" >&2\nexit 4\n")
        let failure = try #require(try await kit.failure("  - id: legal-review\n    run: ./fail.sh\n"))
        #expect(failure.description == "launchkit.yml:4:5: error: stage 'legal-review' failed: './fail.sh' exited with status 4; its stderr ended with 'KeyError: 'personas''")
    }

    @Test func aStageKilledByASignalSaysWhich() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.script("crash.sh", "#!/bin/sh\nkill -SEGV $$\n")
        let failure = try #require(try await kit.failure("  - id: crash\n    run: ./crash.sh\n"))
        #expect(failure.message == "'./crash.sh' was killed by signal 11 (SIGSEGV)")
    }

    @Test func aScriptWithoutAnInterpreterLineSaysSo() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.script("review.sh", "echo '{}'\n")
        try kit.script("missing-interpreter.sh", "#!/usr/bin/python-that-is-not-installed\nprint('{}')\n")
        let noShebang = try #require(try await kit.failure("  - id: review\n    run: ./review.sh\n"))
        #expect(noShebang.message == "'./review.sh' could not be started: the system cannot run it as a program; a script needs a first line such as '#!/usr/bin/env python3'")
        let noInterpreter = try #require(try await kit.failure("  - id: review\n    run: ./missing-interpreter.sh\n"))
        #expect(noInterpreter.message == "'./missing-interpreter.sh' could not be started: it or the interpreter on its '#!' line does not exist")
    }

    @Test func malformedJSONIsAStageFailure() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.script("chatty.sh", "#!/bin/sh\necho 'reviewing 3 claims'\necho '{}'\n")
        let failure = try #require(try await kit.failure("  - id: chatty\n    run: ./chatty.sh\n"))
        #expect(failure.stageID == "chatty")
        #expect(failure.message == "its stdout is not valid JSON at line 1, column 1: 'reviewing 3 claims'; write only the JSON answer on stdout; print progress and debugging to stderr")
    }

    @Test func emptyStdoutIsAStageFailure() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.script("silent.sh", "#!/bin/sh\nexit 0\n")
        let failure = try #require(try await kit.failure("  - id: silent\n    run: ./silent.sh\n"))
        #expect(failure.message == "it wrote nothing on stdout; an external stage answers with a JSON object on stdout, '{}' at the least")
    }

    @Test func answersAreDecodedStrictly() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.answering("typo.sh", #"{"finding": []}"#)
        try kit.answering("type.sh", #"{"checks": [{"id": "a", "title": "b", "passed": "yes"}]}"#)
        try kit.answering("severity.sh", #"{"findings": [{"severity": "info", "message": "m"}]}"#)
        try kit.answering("missing.sh", #"{"artifacts": [{"path": "a.md"}]}"#)
        try kit.answering("nested.sh", #"{"artifacts": [{"path": "a.md", "content": "x", "titel": "A"}]}"#)
        try kit.answering("version.sh", #"{"protocol": 2}"#)
        var messages: [String] = []
        for name in ["typo", "type", "severity", "missing", "nested", "version"] {
            messages.append(try #require(try await kit.failure("  - id: \(name)\n    run: ./\(name).sh\n")).message)
        }
        #expect(messages == [
            "its answer: unknown key 'finding', did you mean 'findings'?",
            "its answer at 'checks[0].passed': expected true or false",
            "its answer at 'findings[0].severity': expected 'error', 'warning' or 'suggestion', found 'info'",
            "its answer at 'artifacts[0]': missing key 'content'",
            "its answer at 'artifacts[0]': unknown key 'titel', did you mean 'title'?",
            "its answer at 'protocol': the stage speaks protocol version 2; this launchkit speaks version 1",
        ])
    }

    @Test func aFileOutsideThePacketIsRefused() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.answering("escape.sh", #"{"artifacts": [{"path": "notes.md", "content": "fine"}, {"path": "../escape.md", "content": "x"}]}"#)
        let failure = try #require(try await kit.failure("  - uses: adds-personas\n    with: { count: 1 }\n  - id: escape\n    run: ./escape.sh\n"))
        #expect(failure.description == "launchkit.yml:6:5: error: stage 'escape' failed: its answer adds the file '../escape.md', which is refused: the path escapes the packet directory")
        #expect(!FileManager.default.fileExists(atPath: kit.directory.url.deletingLastPathComponent().appending(path: "escape.md").path))
    }

    @Test func aFileAnotherStageWroteIsRefused() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.answering("clash.sh", #"{"artifacts": [{"path": "personas.md", "content": "mine"}]}"#)
        let failure = try #require(try await kit.failure("  - uses: adds-personas\n    with: { count: 1 }\n  - id: clash\n    run: ./clash.sh\n"))
        #expect(failure.message == "stage 'clash' writes 'personas.md', which stage 'adds-personas' already wrote")
    }

    // MARK: Timeouts and sizes

    @Test func aStageThatHangsIsKilledWithEverythingItStarted() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.script("hang.sh", "#!/bin/sh\nsleep 300 &\necho $! > child.pid\necho 'waiting for the legal API' >&2\nwait\n")
        // The message proves the timeout ended it (the script itself would wait 300 s); no wall-clock
        // bound here, since timings are not reliable on a loaded machine.
        let failure = try #require(try await kit.failure("  - id: legal-review\n    run: ./hang.sh\n    timeout: 500ms\n"))
        #expect(failure.message == "'./hang.sh' did not finish within 500ms; it and the processes it started were killed")
        let child = try #require(Int32(String(decoding: try Data(contentsOf: kit.directory.url.appending(path: "child.pid")), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        // The grandchild is gone, or a zombie waiting for a reaper that is not us.
        var alive = true
        for _ in 0..<50 where alive {
            alive = Self.isRunning(child)
            if alive { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(!alive)
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return kill(pid, 0) == 0 }
        // The state follows the parenthesised command name.
        guard let close = stat.lastIndex(of: ")") else { return true }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    @Test func theDefaultTimeoutApplies() async throws {
        var settings = ExternalStageSettings()
        settings.defaultTimeout = .milliseconds(300)
        let kit = try ExternalKit(settings: settings)
        defer { kit.remove() }
        try kit.script("slow.sh", "#!/bin/sh\nexec sleep 30\n")
        let failure = try #require(try await kit.failure("  - id: slow\n    run: ./slow.sh\n"))
        #expect(failure.message == "'./slow.sh' did not finish within 300ms (the default); it and the processes it started were killed")
    }

    @Test func megabytesOnStdoutAndStderrAtOnceDoNotDeadlock() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        let start = ContinuousClock.now
        let (result, lines) = try await kit.run("  - uses: adds-messages\n    with: { count: 20000 }\n  - id: large\n    run: \(ExternalKit.fixture)\n    args: [large, \"10\"]\n    timeout: 60s\n")
        let elapsed = ContinuousClock.now - start
        let artifact = try #require(result.artifacts.first)
        #expect(artifact.contents.utf8.count == 10 << 20)
        #expect(lines.count == 10 * 1024 + 1)
        let read = try #require(lines.last?.split(separator: " ").dropFirst(2).first.flatMap { Int($0) })
        #expect(read > 5_000_000)
        print("external stage: \(read) bytes in, 10 MiB out and 10 MiB on stderr in \(elapsed)")
    }

    @Test func stdoutBeyondTheLimitStopsTheStage() async throws {
        var settings = ExternalStageSettings()
        settings.maxOutputBytes = 1 << 20
        let kit = try ExternalKit(settings: settings)
        defer { kit.remove() }
        let failure = try #require(try await kit.failure("  - id: flood\n    run: \(ExternalKit.fixture)\n    args: [large, \"4\"]\n"))
        #expect(failure.message == "'\(ExternalKit.fixture)' wrote more than 1 MiB on stdout; it was stopped")
    }

    // MARK: Planning and validate

    @Test func validateChecksTheCommandButDoesNotRunIt() async throws {
        var settings = ExternalStageSettings()
        settings.runs = false
        let kit = try ExternalKit(settings: settings)
        defer { kit.remove() }
        try kit.script("fail.sh", "#!/bin/sh\ntouch ran\nexit 1\n")
        let (result, _) = try await kit.run("  - id: legal-review\n    run: ./fail.sh\n")
        #expect(result.findings.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: kit.directory.url.appending(path: "ran").path))
    }

    @Test func commandsAreCheckedBeforeAnythingRuns() throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.directory.write("scripts/review.py", "print('{}')\n")
        try kit.script("scripts/export.sh", "#!/bin/sh\necho '{}'\n")
        try kit.directory.write("legal.sh", "#!/bin/sh\n")
        let problems = try kit.planningProblems("""
              - id: review
                run: ./scripts/review.py
              - id: export
                run: ./scripts/exprt.sh
              - id: legal
                run: legal.sh
              - id: adds-personas
                run: ./scripts/export.sh
              - id: listed
                run: ./scripts
              - id: options
                run: ./scripts/export.sh
                with: [a, b]
            """)
        #expect(problems == [
            "launchkit.yml:5:10: error: cannot run './scripts/review.py': it is not executable [config.external-command] | run 'chmod +x scripts/review.py' (and commit the mode), or run it through its interpreter: 'run: python3' with 'args: [scripts/review.py]'",
            "launchkit.yml:7:10: error: cannot run './scripts/exprt.sh': no such file [config.external-command] | did you mean 'export.sh'?",
            "launchkit.yml:9:10: error: cannot run 'legal.sh': no such command on PATH [config.external-command] | a bare name is looked up on PATH; to run the file next to the config write './legal.sh'",
            "launchkit.yml:10:9: error: the external stage id 'adds-personas' is already a registered stage [config.external-id] | give the 'run:' entry another id, such as 'adds-personas-script'",
            "launchkit.yml:13:10: error: cannot run './scripts': it is a directory [config.external-command]",
            "launchkit.yml:16:11: error: expected a mapping for 'pipeline[5].with', found a list [yaml.schema]",
        ])
    }

    @Test func bareNamesAreFoundOnPath() async throws {
        let kit = try ExternalKit()
        defer { kit.remove() }
        try kit.directory.write("answer.json", #"{"log": ["from cat"]}"#)
        let (_, lines) = try await kit.run("  - id: cat\n    run: cat\n    args: [answer.json]\n")
        #expect(lines == ["cat: from cat"])
        let pipeline = try kit.pipeline("  - id: cat\n    run: cat\n")
        #expect(pipeline.stages.first?.origin == .external("cat"))
    }
}

/// Parses a flow mapping the way the config loader does, for building expected inputs.
enum YAMLDocumentLoader {
    static func options(_ text: String) throws -> LaunchKitYAML.Node? {
        try LaunchKitYAML.YAMLDocument.load(Array(text.utf8), file: "launchkit.yml")
    }
}
