import Foundation
import LaunchKitTestSupport
import Testing

/// Ctrl-C while an external stage runs: launchkit stops, takes the stage's whole process group with
/// it, and the previous packet stays as it was.
@Suite struct InterruptionTests {
    @Test func interruptingABuildStopsTheStagesItStarted() async throws {
        let kit = try TemporaryDirectory("launchkit-interrupt")
        defer { kit.remove() }
        try kit.write("launchkit.yml", """
            launchkit: 1
            release: { product: Harbor, version: "5.0", date: 2027-01-19, tier: 3 }
            pipeline:
              - id: slow-review
                run: ./review.sh
                timeout: 10m
            output: { dir: out }
            """)
        let script = try kit.write("review.sh", "#!/bin/sh\nsleep 300 &\necho $! > sleeper.pid\nwait\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try kit.write("out/.launchkit-packet", "This directory is a LaunchKit packet. `launchkit build` replaces it as a whole.\n")
        try kit.write("out/README.md", "# The previous packet\n")

        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = kit.url
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pidFile = kit.url.appending(path: "sleeper.pid")
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: pidFile.path) {
            try await Task.sleep(for: .milliseconds(50))
        }
        let sleeper = try #require(Int32(String(decoding: try Data(contentsOf: pidFile), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        process.interrupt()
        process.waitUntilExit()

        #expect(process.terminationStatus == 128 + SIGINT)
        var alive = true
        for _ in 0..<100 where alive {
            alive = Self.isRunning(sleeper)
            if alive { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(!alive, "the stage's child process outlived launchkit")
        #expect(try kit.files(under: "out") == [".launchkit-packet": "This directory is a LaunchKit packet. `launchkit build` replaces it as a whole.\n", "README.md": "# The previous packet\n"])
    }

    /// Running, and not a zombie waiting for a parent that is gone.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else {
            return kill(pid, 0) == 0
        }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }
}
