import Foundation

/// A fresh directory under the system's temporary directory, removed by `remove()`.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init(_ name: String = "launchkit-test") throws {
        url = FileManager.default.temporaryDirectory.appending(path: "\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a text file (creating folders) and returns its URL.
    @discardableResult
    public func write(_ relativePath: String, _ contents: String) throws -> URL {
        let file = url.appending(path: relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    /// Every regular file below `relativePath`, relative to it, with its contents, sorted.
    public func files(under relativePath: String = "") throws -> [String: String] {
        let base = relativePath.isEmpty ? url : url.appending(path: relativePath)
        var result: [String: String] = [:]
        let prefix = base.standardizedFileURL.path + "/"
        for case let file as URL in FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) ?? FileManager.DirectoryEnumerator() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            result[String(file.standardizedFileURL.path.dropFirst(prefix.count))] = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        }
        return result
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
