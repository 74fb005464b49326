import Foundation
import LaunchKitYAML

/// A config file read and decoded, with the places its paths are relative to.
public struct LoadedConfig: Sendable {
    public var config: LaunchKitConfig
    /// The config file as shown in messages.
    public var displayPath: String
    /// The directory the config's paths are relative to.
    public var directory: URL
}

/// Finds, reads and decodes `launchkit.yml`.
public enum ConfigLoader {
    public static let defaultFileName = "launchkit.yml"

    /// - Parameters:
    ///   - path: a config file, a directory holding `launchkit.yml`, or nil for the working directory.
    ///   - limits: input limits for the config file itself.
    /// - Throws: ``DiagnosticError`` with every problem that decoding found (all unknown keys at once).
    public static func load(_ path: String?, limits: InputLimits = .default, workingDirectory: String = FileManager.default.currentDirectoryPath) throws(DiagnosticError) -> LoadedConfig {
        let cwd = URL(fileURLWithPath: workingDirectory, isDirectory: true)
        var url = path.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL } ?? cwd.appending(path: defaultFileName)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url = url.appending(path: defaultFileName)
        }
        let directory = url.deletingLastPathComponent()
        let reader = InputReader(root: directory, limits: limits, workingDirectory: workingDirectory)
        let shown = reader.displayPath(for: url)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DiagnosticError(.error(
                "no config file at '\(shown)'", rule: "config.missing",
                suggestion: path == nil
                    ? "run 'launchkit init' to create a starter kit, or pass the path of a launchkit.yml"
                    : "check the path, or run 'launchkit init \(reader.displayPath(for: directory))' to create a starter kit there"))
        }
        let (_, config) = try reader.decode(LaunchKitConfig.self, from: InputPath(url.lastPathComponent))
        return LoadedConfig(config: config, displayPath: shown, directory: directory)
    }
}
