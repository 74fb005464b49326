import Foundation

extension TemplateLibrary {
    /// Reads every `.mustache` file in `directory` and its subfolders, skipping hidden files and
    /// folders, keyed by path relative to `directory`.
    ///
    /// - Throws: `TemplateError` `.io` naming the folder or the file.
    static func readTemplateFiles(in directory: URL) throws(TemplateError) -> [String: String] {
        let display = directory.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(.io, "template folder '\(display)' does not exist", file: display)
        }
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        guard
            let enumerator = FileManager.default.enumerator(
                at: root,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
        else {
            throw TemplateError(.io, "cannot read template folder '\(display)'", file: display)
        }
        var files: [String: String] = [:]
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator where url.pathExtension == fileExtension {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : url.lastPathComponent
            let shown = display.hasSuffix("/") ? display + relative : display + "/" + relative
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw TemplateError(.io, "cannot read template '\(shown)'", file: shown)
            }
            guard var text = String(data: data, encoding: .utf8) else {
                throw TemplateError(.io, "template '\(shown)' is not valid UTF-8", file: shown)
            }
            // Editors on Windows may start a file with a byte order mark; it is not content.
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            files[relative] = text
        }
        return files
    }
}
