import Foundation

/// Runs the real `launchkit` executable built by `swift build`, the way a user or CI does, and
/// captures its output and exit code.
public struct CommandRunner: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The built `launchkit` binary next to the test bundle.
    public static let executable: URL? = {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            PackagePaths.root.appending(path: ".build/debug"),
        ]
        return candidates.map { $0.appending(path: "launchkit") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    public init() {}

    /// - Parameters:
    ///   - arguments: the command line after `launchkit`.
    ///   - directory: the working directory (default: the repository root).
    ///   - environment: added to (and overriding) the current environment.
    public func run(_ arguments: [String], in directory: URL = PackagePaths.root, environment: [String: String] = [:]) throws -> Result {
        guard let executable = Self.executable else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the launchkit executable was not built"])
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        merged["NO_COLOR"] = "1"
        merged.merge(environment) { $1 }
        process.environment = merged
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the process runs, so a large output cannot fill a pipe and deadlock.
        let group = DispatchGroup()
        let buffers = Buffers()
        group.enter()
        DispatchQueue.global().async {
            buffers.setOut(output.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            buffers.setErr(errors.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        process.waitUntilExit()
        group.wait()
        return Result(status: process.terminationStatus, stdout: buffers.out, stderr: buffers.err)
    }
}

private final class Buffers: @unchecked Sendable {
    private let lock = NSLock()
    private var outData = Data()
    private var errData = Data()

    func setOut(_ data: Data) { lock.withLock { outData = data } }
    func setErr(_ data: Data) { lock.withLock { errData = data } }
    var out: String { lock.withLock { String(decoding: outData, as: UTF8.self) } }
    var err: String { lock.withLock { String(decoding: errData, as: UTF8.self) } }
}
