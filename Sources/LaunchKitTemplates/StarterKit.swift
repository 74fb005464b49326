import Foundation

/// The starter kit in `Templates/starter/` (a config, personas, messages, a glossary and a
/// checklist that build as they are), compiled into the binary for `launchkit init`.
public enum StarterKit {
    /// Kit-relative path (such as `personas/buyers.yml`) to its text.
    public static let files: [String: String] = {
        var files: [String: String] = [:]
        for (path, base64) in EmbeddedStarterKit.files {
            guard let data = Data(base64Encoded: base64) else { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }()

    /// The product name the starter files use, which `launchkit init --product` replaces.
    public static let productName = "Beacon"

    /// Paths in a stable order, for writing and listing.
    public static var paths: [String] { files.keys.sorted() }
}
