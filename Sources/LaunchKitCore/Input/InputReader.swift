import Foundation
import LaunchKitYAML

/// Reads a kit's input files for its stages: relative to the config's directory, never outside it,
/// never larger than the limits.
///
/// Keeping every read here means one place enforces the kit boundary (a `..` path or a symlink that
/// leads out of the kit is refused) and gives every "cannot read" error the same shape.
public struct InputReader: Sendable {
    /// The kit's directory: the directory of its config file.
    public let root: URL
    public let limits: InputLimits
    private let workingDirectory: String

    public init(root: URL, limits: InputLimits = .default, workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.root = root.standardizedFileURL
        self.limits = limits
        self.workingDirectory = workingDirectory
    }

    /// The absolute location of a kit-relative path, after checking it stays inside the kit.
    public func resolve(_ path: InputPath) throws(DiagnosticError) -> URL {
        let url = path.path.hasPrefix("/") ? URL(fileURLWithPath: path.path) : root.appending(path: path.path)
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved.path == rootPath || resolved.path.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
            throw DiagnosticError(.error(
                "'\(path.path)' is outside the kit directory '\(displayPath(for: root))'", at: path.location,
                rule: "input.outside-kit", suggestion: "copy the file into the kit, next to launchkit.yml"))
        }
        return url.standardizedFileURL
    }

    /// Reads one file.
    ///
    /// - Throws: ``DiagnosticError`` located at the path in the config when the file is missing, a
    ///   directory, unreadable, too large, or outside the kit.
    public func read(_ path: InputPath) throws(DiagnosticError) -> InputFile {
        let url = try resolve(path)
        let shown = displayPath(for: url)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DiagnosticError(.error(
                "cannot read '\(path.path)': no such file", at: path.location, rule: "input.missing",
                suggestion: nearestSibling(of: url).map { "did you mean '\($0)'?" }))
        }
        if isDirectory.boolValue {
            throw DiagnosticError(.error("cannot read '\(path.path)': it is a directory", at: path.location, rule: "input.unreadable"))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > limits.maxFileBytes {
            throw DiagnosticError(.error(
                "'\(path.path)' is \(size / (1 << 20)) MiB, more than the \(limits.maxFileBytes / (1 << 20)) MiB limit",
                at: path.location, rule: "input.too-large", suggestion: "split the file"))
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw DiagnosticError(.error("cannot read '\(path.path)': permission denied", at: path.location, rule: "input.unreadable"))
        }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grows while being read is still refused.
        let data = (try? handle.read(upToCount: limits.maxFileBytes + 1)) ?? Data()
        if data.count > limits.maxFileBytes {
            throw DiagnosticError(.error("'\(path.path)' is larger than the \(limits.maxFileBytes / (1 << 20)) MiB limit", at: path.location, rule: "input.too-large"))
        }
        return InputFile(displayPath: shown, bytes: [UInt8](data))
    }

    /// Reads a YAML (or JSON) file into a node tree.
    ///
    /// - Returns: nil for a file without a document (empty or only comments).
    public func readYAML(_ path: InputPath) throws(DiagnosticError) -> (file: InputFile, root: Node?) {
        let file = try read(path)
        do {
            return (file, try YAMLDocument.load(file.bytes, file: file.displayPath, limits: limits.yaml))
        } catch {
            throw DiagnosticError(error)
        }
    }

    /// Decodes a YAML or JSON file into `T`, strictly, with every error located.
    public func decode<T: Decodable>(_ type: T.Type, from path: InputPath) throws(DiagnosticError) -> (file: InputFile, value: T) {
        let (file, root) = try readYAML(path)
        guard let root else {
            throw DiagnosticError(.error("'\(path.path)' is empty", at: SourceLocation(file: file.displayPath, line: 1, column: 1), rule: "input.empty"))
        }
        do {
            return (file, try NodeDecoder(file: file.displayPath).decode(type, from: root))
        } catch {
            throw DiagnosticError(error)
        }
    }

    /// The name to show for a file: relative to the working directory when inside it.
    public func displayPath(for url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        if path == cwd { return "." }
        let base = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    /// A file next to a missing one whose name is a plausible typo of it.
    private func nearestSibling(of url: URL) -> String? {
        let directory = url.deletingLastPathComponent()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
              let match = NearestMatch.find(url.lastPathComponent, in: names) else { return nil }
        let relative = directory.appending(path: match).path
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return relative.hasPrefix(rootPath) ? String(relative.dropFirst(rootPath.count)) : match
    }
}
