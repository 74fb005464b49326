import Foundation

/// The templates in `Templates/default/`, compiled into the binary by the `EmbedTemplates` build
/// plugin, so an installed or copied `launchkit` needs no files beside it.
public enum DefaultTemplates {
    /// Template file name (such as `battlecard.mustache`) to its text, decoded once.
    public static let files: [String: String] = {
        var files: [String: String] = [:]
        for (path, base64) in EmbeddedTemplates.files {
            guard let data = Data(base64Encoded: base64) else { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }()

    /// Names in a stable order, for listing and copying.
    public static var names: [String] { files.keys.sorted() }
}
