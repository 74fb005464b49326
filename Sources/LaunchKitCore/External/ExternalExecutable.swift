import Foundation
import LaunchKitYAML

/// The program behind a `run:` entry, found when the pipeline is planned so that a missing or
/// non-executable script is an input error at its line in the config (exit 2) before anything
/// runs, and so `launchkit validate` can check it without running it.
///
/// A `run:` value with a `/` is a path, relative to the config file's directory (`./scripts/review`,
/// `tools/export.py`); a bare name (`python3`) is looked up on `PATH`, as a shell would.
public struct ExternalExecutable: Hashable, Sendable {
    /// The absolute path that will be executed.
    public var path: String

    /// - Throws: ``DiagnosticError`` located at the `run:` value when nothing executable is there.
    public static func resolve(_ run: InputPath, kitDirectory: URL, environment: [String: String]) throws(DiagnosticError) -> ExternalExecutable {
        let written = run.path
        if written.isEmpty {
            throw DiagnosticError(.error("'run' is empty", at: run.location, rule: "config.external-command",
                                         suggestion: "write the script's path, such as './scripts/review.py'"))
        }
        if written.contains("/") {
            let url = written.hasPrefix("/") ? URL(fileURLWithPath: written) : kitDirectory.appending(path: written)
            return try check(url.standardizedFileURL, written: written, location: run.location, kitDirectory: kitDirectory)
        }
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for directory in directories {
            let candidate = URL(fileURLWithPath: directory, isDirectory: true).appending(path: written).path
            if isExecutableFile(candidate) { return ExternalExecutable(path: candidate) }
        }
        let besideConfig = kitDirectory.appending(path: written).path
        let suggestion = FileManager.default.fileExists(atPath: besideConfig)
            ? "a bare name is looked up on PATH; to run the file next to the config write './\(written)'"
            : "install '\(written)', or write a path such as './scripts/\(written)'"
        throw DiagnosticError(.error("cannot run '\(written)': no such command on PATH", at: run.location, rule: "config.external-command", suggestion: suggestion))
    }

    private static func check(_ url: URL, written: String, location: SourceLocation?, kitDirectory: URL) throws(DiagnosticError) -> ExternalExecutable {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            let siblings = (try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []
            let suggestion = NearestMatch.find(url.lastPathComponent, in: siblings).map { "did you mean '\($0)'?" }
            throw DiagnosticError(.error("cannot run '\(written)': no such file", at: location, rule: "config.external-command", suggestion: suggestion))
        }
        if isDirectory.boolValue {
            throw DiagnosticError(.error("cannot run '\(written)': it is a directory", at: location, rule: "config.external-command"))
        }
        guard isExecutableFile(url.path) else {
            let relative = url.path.hasPrefix(kitDirectory.standardizedFileURL.path + "/")
                ? String(url.path.dropFirst(kitDirectory.standardizedFileURL.path.count + 1)) : url.path
            throw DiagnosticError(.error(
                "cannot run '\(written)': it is not executable", at: location, rule: "config.external-command",
                suggestion: "run 'chmod +x \(relative)' (and commit the mode), or run it through its interpreter: 'run: python3' with 'args: [\(relative)]'"))
        }
        return ExternalExecutable(path: url.path)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
