import Foundation

/// Runs the `launchkit` executable built by this package, as a user would, and captures what it
/// prints and its exit status.
struct CommandLineRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The `launchkit` binary next to the test bundle.
    static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for directory in candidates where FileManager.default.isExecutableFile(atPath: directory.appending(path: "launchkit").path) {
            return directory.appending(path: "launchkit")
        }
        return URL(fileURLWithPath: "launchkit-not-built")
    }

    /// - Parameter environment: added to this process's environment; NO_COLOR is always set.
    static func launchkit(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandLineRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        variables["NO_COLOR"] = "1"
        process.environment = variables
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read stdout on another thread while this one reads stderr, so neither pipe fills up.
        let stdout = Captured()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            stdout.data = out.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return CommandLineRun(
            status: process.terminationStatus, stdout: String(decoding: stdout.data, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private final class Captured: @unchecked Sendable {
        var data = Data()
    }
}
