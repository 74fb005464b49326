import Foundation

/// A stage executable for the external stage tests, built by the package so the protocol is tested
/// against a real process. The first argument picks the behaviour:
///
/// - `echo`: answers one finding, one file describing what it received, one check and a log line.
/// - `large MB`: writes MB mebibytes of file content on stdout and as many on stderr, interleaved,
///   so a reader that drains one pipe before the other deadlocks.
@main
struct ExternalStageFixture {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let document = try JSONSerialization.jsonObject(with: input) as? [String: Any] else {
            fail("stdin is not a JSON object")
        }
        switch arguments.first {
        case "echo":
            try echo(document, inputBytes: input.count, arguments: Array(arguments.dropFirst()))
        case "large":
            large(megabytes: Int(arguments.dropFirst().first ?? "") ?? 1, inputBytes: input.count)
        default:
            fail("usage: ExternalStageFixture echo|large MB")
        }
    }

    static func echo(_ document: [String: Any], inputBytes: Int, arguments: [String]) throws {
        let kit = document["kit"] as? [String: Any] ?? [:]
        let personas = (kit["buyer_personas"] as? [Any])?.count ?? 0
        let messages = (kit["messages"] as? [Any])?.count ?? 0
        let environment = ProcessInfo.processInfo.environment
        let received: [String: Any] = [
            "protocol": document["protocol"] ?? NSNull(),
            "stage": document["stage"] ?? NSNull(),
            "context": document["context"] ?? NSNull(),
            "release": document["release"] ?? NSNull(),
            "artifacts": ((kit["artifacts"] as? [[String: Any]]) ?? []).map { $0["path"] ?? "" },
            "arguments": arguments,
            "working_directory": FileManager.default.currentDirectoryPath,
            "environment": environment.filter { $0.key.hasPrefix("LAUNCHKIT_") || $0.key.hasPrefix("FIXTURE_") },
        ]
        let receivedText = String(decoding: try JSONSerialization.data(withJSONObject: received, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
        FileHandle.standardError.write(Data("fixture: read \(inputBytes) bytes\nfixture: done\n".utf8))
        let answer: [String: Any] = [
            "protocol": 1,
            "findings": [[
                "severity": "warning",
                "message": "saw \(personas) buyer personas and \(messages) messages",
                "rule": "fixture.seen",
                "location": ["file": "launchkit.yml", "line": 2, "column": 1],
                "subject": ["kind": "release", "id": "launch"],
            ]],
            "artifacts": [["path": "fixture/received.json", "content": receivedText + "\n", "title": "What the fixture received"]],
            "checks": [["id": "fixture-ran", "title": "The fixture ran", "passed": true, "weight": 2]],
            "log": ["fixture answered"],
        ]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: answer, options: [.sortedKeys]))
    }

    static func large(megabytes: Int, inputBytes: Int) {
        let line = String(repeating: "x", count: 1023)
        let stdoutChunk = Data(String(repeating: line + "\\n", count: 1024).utf8)
        let stderrChunk = Data(String(repeating: line + "\n", count: 1024).utf8)
        let out = FileHandle.standardOutput
        let err = FileHandle.standardError
        out.write(Data(#"{"log": ["read \#(inputBytes) bytes"], "artifacts": [{"path": "large.md", "content": ""#.utf8))
        for _ in 0..<megabytes {
            out.write(stdoutChunk)
            err.write(stderrChunk)
        }
        out.write(Data(#""}]}"#.utf8))
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("fixture: \(message)\n".utf8))
        exit(2)
    }
}
