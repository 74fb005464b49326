import Foundation
import LaunchKitCore
import LaunchKitTemplates

/// The files `launchkit init` writes: the starter kit, or the built-in templates for editing.
///
/// Writing is all or nothing about existing files: when any target file exists, nothing is written
/// (unless forced), so `init` never half-overwrites someone's kit.
struct StarterFiles {
    /// Relative path to contents.
    var files: [String: String]

    /// The starter kit, with its product name replaced by `product` when given.
    static func kit(product: String? = nil) -> StarterFiles {
        guard let product, product != StarterKit.productName else { return StarterFiles(files: StarterKit.files) }
        return StarterFiles(files: StarterKit.files.mapValues { $0.replacingOccurrences(of: StarterKit.productName, with: product) })
    }

    /// The built-in templates, as `templates:` in a config expects them.
    static func templates() -> StarterFiles {
        StarterFiles(files: DefaultTemplates.files)
    }

    /// Why a product name cannot be written into the starter files, or nil when it can: the name
    /// lands in YAML scalars and in a directory name, so it keeps to characters safe in both.
    static func problem(withProduct product: String) -> String? {
        if product.isEmpty { return "--product is empty" }
        if product.count > 60 { return "--product is longer than 60 characters" }
        guard let first = product.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return "--product must start with a letter or a digit, found '\(product)'"
        }
        let allowed = product.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || " .-_&+'".unicodeScalars.contains($0)
        }
        if !allowed || product.hasSuffix(" ") || product.contains("  ") {
            return "--product may use letters, digits, single spaces and . - _ & + ' only, found '\(product)'"
        }
        return nil
    }

    /// Writes every file under `directory`, creating folders.
    ///
    /// - Parameter force: replace files that exist; without it, any existing file stops the write.
    /// - Returns: the relative paths written, sorted.
    /// - Throws: ``DiagnosticError`` (exit 2) naming the files in the way, or what could not be written.
    @discardableResult
    func write(into directory: URL, displayPath: String, force: Bool) throws(DiagnosticError) -> [String] {
        let fileManager = FileManager.default
        let paths = files.keys.sorted()
        var existing: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = directory.appending(path: path)
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                throw DiagnosticError(.error("'\(Self.join(displayPath, path))' is a directory; nothing was written", rule: "init.blocked",
                                             suggestion: "choose another directory"))
            }
            existing.append(path)
        }
        if !existing.isEmpty, !force {
            let shown = existing.prefix(5).map { "'\(Self.join(displayPath, $0))'" }.joined(separator: ", ") + (existing.count > 5 ? " and \(existing.count - 5) more" : "")
            throw DiagnosticError(.error(
                "refusing to overwrite \(existing.count) existing file\(existing.count == 1 ? "" : "s"): \(shown); nothing was written",
                rule: "init.exists", suggestion: "pass --force to replace them, or choose another directory"))
        }
        for path in paths {
            let url = directory.appending(path: path)
            do {
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(files[path, default: ""].utf8).write(to: url)
            } catch {
                throw DiagnosticError(.error(
                    "cannot write '\(Self.join(displayPath, path))': \((error as NSError).localizedDescription)", rule: "init.write-failed",
                    suggestion: "check that the directory is writable"))
            }
        }
        return paths
    }

    private static func join(_ directory: String, _ path: String) -> String {
        directory == "." || directory.isEmpty ? path : (directory.hasSuffix("/") ? directory + path : directory + "/" + path)
    }
}
