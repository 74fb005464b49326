import Foundation
import Subprocess

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of an external stage's executable: the input document on stdin, stdout collected up to a
/// limit, stderr streamed line by line, and a timeout that kills the whole process group.
///
/// The executable starts in a process group of its own, so a timeout also stops what it started (a
/// shell script's `sleep`, a Python script's worker processes). Stdout and stderr are read by two
/// concurrent tasks, so a stage that writes megabytes to both never blocks on a full pipe. The
/// input is handed over as a regular file rather than a pipe: a stage that exits without reading
/// it cannot stall the write or raise SIGPIPE in LaunchKit.
struct ExternalProcess: Sendable {
    /// An absolute path, resolved when the pipeline was planned.
    var executable: String
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: String
    var timeout: Duration
    var maxOutputBytes: Int

    /// How the process ended, when it ended by itself.
    enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }

    struct Outcome: Sendable {
        var termination: Termination
        var stdout: [UInt8]
        /// The last few non-empty stderr lines, to quote when the stage fails.
        var stderrTail: [String]
    }

    /// Why the process did not end by itself.
    enum Failure: Error, Equatable {
        /// The executable could not be started.
        case launch(String)
        /// It ran past its timeout; its process group was killed.
        case timedOut
        /// It wrote more than `maxOutputBytes` on stdout; its process group was killed.
        case outputTooLarge
    }

    /// The longest stderr line shown; longer lines are cut, so a stage that dumps a minified
    /// file on stderr does not flood the terminal.
    static let maxLogLineBytes = 4096
    static let stderrTailCount = 5

    /// Runs the executable to its end.
    ///
    /// - Parameters:
    ///   - input: the bytes the process reads on stdin.
    ///   - log: receives each stderr line as it arrives.
    func run(input: [UInt8], log: @escaping @Sendable (String) -> Void) async throws(Failure) -> Outcome {
        let stdin = try Self.inputFile(input)
        let options = Self.platformOptions
        let variables = Dictionary(uniqueKeysWithValues: environment.compactMap { name, value in
            Environment.Key(rawValue: name).map { ($0, value) }
        })

        let watch = Watch()
        let limit = maxOutputBytes
        let executable = executable, arguments = arguments, workingDirectory = workingDirectory, timeout = timeout

        do {
            return try await withThrowingTaskGroup(of: Outcome?.self) { group in
                group.addTask {
                    // Once `run` returns or throws, the process is reaped and its id may be reused.
                    defer { watch.finished() }
                    let result = try await Subprocess.run(
                        .path(.init(executable)), arguments: Arguments(arguments), environment: .custom(variables),
                        workingDirectory: .init(workingDirectory), platformOptions: options,
                        input: .fileDescriptor(.init(rawValue: stdin), closeAfterSpawningProcess: true),
                        output: .sequence, error: .sequence
                    ) { execution in
                        watch.started(execution.processIdentifier.value)
                        return try await withThrowingTaskGroup(of: Stream.self) { streams in
                            streams.addTask {
                                var bytes: [UInt8] = []
                                var overflowed = false
                                for try await buffer in execution.standardOutput {
                                    // Past the limit, keep draining (discarding) until the killed
                                    // group closes the pipe, so nothing blocks on a full pipe.
                                    if overflowed { continue }
                                    if bytes.count + buffer.count > limit {
                                        overflowed = true
                                        bytes = []
                                        watch.stop(because: .outputTooLarge)
                                        continue
                                    }
                                    buffer.withUnsafeBytes { bytes.append(contentsOf: $0) }
                                }
                                return .stdout(bytes)
                            }
                            streams.addTask {
                                var lines = LogLines(log: log)
                                for try await buffer in execution.standardError {
                                    buffer.withUnsafeBytes { lines.append($0) }
                                }
                                lines.finish()
                                return .stderr(lines.tail)
                            }
                            var stdout: [UInt8] = []
                            var tail: [String] = []
                            for try await stream in streams {
                                switch stream {
                                case .stdout(let bytes): stdout = bytes
                                case .stderr(let lines): tail = lines
                                }
                            }
                            return (stdout, tail)
                        }
                    }
                    let termination: Termination = switch result.terminationStatus {
                    case .exited(let code): .exited(code)
                    case .signaled(let signal): .signaled(signal)
                    }
                    let (stdout, tail) = result.closureResult
                    return Outcome(termination: termination, stdout: stdout, stderrTail: tail)
                }
                group.addTask {
                    // Returns early (cancelled) when the process ends in time.
                    try? await Task.sleep(for: timeout)
                    if !Task.isCancelled { watch.stop(because: .timedOut) }
                    return nil
                }
                var outcome: Outcome?
                for try await result in group {
                    if let result {
                        outcome = result
                        group.cancelAll()
                    }
                }
                if let reason = watch.killReason { throw reason }
                guard let outcome else { throw Failure.launch("it ended without a result") }
                return outcome
            }
        } catch let failure as Failure {
            throw failure
        } catch let error as SubprocessError {
            if let reason = watch.killReason { throw reason }
            throw .launch(Self.describe(error))
        } catch {
            if let reason = watch.killReason { throw reason }
            throw .launch("\(error)")
        }
    }

    private static var platformOptions: PlatformOptions {
        var options = PlatformOptions()
        // A group of its own (pgid = pid): a timeout then kills the children it started too.
        options.processGroupID = 0
        // When the build itself is cancelled, take the whole group down, not only the leader.
        options.teardownSequence = [.send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .milliseconds(100))]
        return options
    }

    private enum Stream: Sendable {
        case stdout([UInt8])
        case stderr([String])
    }

    /// The input as an unlinked temporary file, opened for reading: the child reads it as stdin and
    /// nothing is left on disk whatever happens.
    private static func inputFile(_ bytes: [UInt8]) throws(Failure) -> Int32 {
        let url = FileManager.default.temporaryDirectory.appending(path: "launchkit-stage-\(UUID().uuidString).json")
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw .launch("cannot write its input to '\(url.path)': \(error.localizedDescription)")
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        let openError = errno
        unlink(url.path)
        guard descriptor >= 0 else {
            throw .launch("cannot open its input file: \(String(cString: strerror(openError)))")
        }
        return descriptor
    }

    /// Why a spawn failed, in the words a script author needs.
    private static func describe(_ error: SubprocessError) -> String {
        guard let code = error.underlyingError?.rawValue else { return error.description }
        switch code {
        case ENOEXEC:
            return "the system cannot run it as a program; a script needs a first line such as '#!/usr/bin/env python3'"
        case ENOENT:
            return "it or the interpreter on its '#!' line does not exist"
        case EACCES:
            return "permission denied; check that it is executable ('chmod +x') and its directory readable"
        default:
            return String(cString: strerror(code)).lowercased()
        }
    }
}

/// The process group to kill on a timeout or an overflow, and which of the two happened.
private final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var group: pid_t?
    private var reason: ExternalProcess.Failure?

    func started(_ pid: pid_t) {
        lock.withLock {
            group = pid
            RunningProcessGroups.insert(pid)
            // The timeout may have struck between the spawn and this call.
            if reason != nil { _ = kill(-pid, SIGKILL) }
        }
    }

    /// The process has been reaped: its id may be reused, so it must not be signalled any more.
    func finished() {
        lock.withLock {
            if let group { RunningProcessGroups.remove(group) }
            group = nil
        }
    }

    /// Kills the process group, once, remembering why.
    func stop(because failure: ExternalProcess.Failure) {
        lock.withLock {
            if reason == nil { reason = failure }
            if let group {
                _ = kill(-group, SIGKILL)
            }
        }
    }

    var killReason: ExternalProcess.Failure? {
        lock.withLock { reason }
    }
}

/// Splits stderr bytes into lines for the log, cutting overlong lines and keeping the last few.
private struct LogLines {
    let log: @Sendable (String) -> Void
    private var pending: [UInt8] = []
    private var dropping = false
    private(set) var tail: [String] = []

    init(log: @escaping @Sendable (String) -> Void) {
        self.log = log
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                emit()
            } else if pending.count < ExternalProcess.maxLogLineBytes {
                pending.append(byte)
            } else {
                dropping = true
            }
        }
    }

    mutating func finish() {
        if !pending.isEmpty || dropping { emit() }
    }

    private mutating func emit() {
        if pending.last == UInt8(ascii: "\r") { pending.removeLast() }
        var line = String(decoding: pending, as: UTF8.self)
        if dropping { line += " …" }
        pending.removeAll(keepingCapacity: true)
        dropping = false
        log(line)
        if !line.allSatisfy(\.isWhitespace) {
            tail.append(line)
            if tail.count > ExternalProcess.stderrTailCount { tail.removeFirst() }
        }
    }
}
