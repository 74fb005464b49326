import Foundation
import LaunchKitYAML

/// A config file read and decoded, with the places its paths are relative to.
public struct LoadedConfig: Sendable {
    public var config: LaunchKitConfig
    /// The config file as named in diagnostics: relative to the kit directory (`launchkit.yml`).
    public var displayPath: String
    /// The kit directory: the config's paths are relative to it, and so is every file a diagnostic
    /// or the packet names, so a packet does not depend on where `launchkit` was started.
    public var directory: URL
}

/// Finds, reads and decodes `launchkit.yml`.
public enum ConfigLoader {
    public static let defaultFileName = "launchkit.yml"

    /// The config file a command-line argument names: the file itself, `launchkit.yml` in a
    /// directory, or `launchkit.yml` in the working directory when there is no argument.
    public static func locate(_ path: String?, workingDirectory: String = FileManager.default.currentDirectoryPath) -> URL {
        let cwd = URL(fileURLWithPath: workingDirectory, isDirectory: true)
        let url = path.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL } ?? cwd.appending(path: defaultFileName)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return url.appending(path: defaultFileName)
        }
        return url
    }

    /// - Parameters:
    ///   - path: a config file, a directory holding `launchkit.yml`, or nil for the working directory.
    ///   - limits: input limits for the config file itself.
    /// - Throws: ``DiagnosticError`` with every problem that decoding found (all unknown keys at once),
    ///   its files named relative to the kit directory.
    public static func load(_ path: String?, limits: InputLimits = .default, workingDirectory: String = FileManager.default.currentDirectoryPath) throws(DiagnosticError) -> LoadedConfig {
        let url = locate(path, workingDirectory: workingDirectory)
        let directory = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: url.path) else {
            let fromHere = InputReader(root: directory, workingDirectory: workingDirectory)
            throw DiagnosticError(.error(
                "no config file at '\(fromHere.displayPath(for: url))'", rule: "config.missing",
                suggestion: path == nil
                    ? "run 'launchkit init' to create a starter kit, or pass the path of a launchkit.yml"
                    : "check the path, or run 'launchkit init \(fromHere.displayPath(for: directory))' to create a starter kit there"))
        }
        let reader = InputReader(root: directory, limits: limits, workingDirectory: directory.path)
        let (file, config) = try reader.decode(LaunchKitConfig.self, from: InputPath(url.lastPathComponent))
        return LoadedConfig(config: config, displayPath: file.displayPath, directory: directory)
    }
}
