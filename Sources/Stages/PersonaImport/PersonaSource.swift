import LaunchKitCore
import LaunchKitYAML

/// One file of personas under `buyers:`, `channels:` or `personas:`: a path, or a mapping with
/// `path:` and settings for this file alone.
///
/// ```yaml
/// channels:
///   - personas/channels.yml
///   - path: personas/partners.csv
///     columns: { "Partner Type": channel }
///     list-separator: "|"
/// ```
public struct PersonaSource: Sendable, Decodable {
    public var path: InputPath
    /// How the file is written; nil to tell by its extension.
    public var format: PersonaFileFormat?
    /// Header mapping for this file, on top of the stage's `columns:` (CSV and TSV only).
    public var columns: ColumnMapping?
    /// List separator for this file, instead of the stage's `list-separator:` (CSV and TSV only).
    public var listSeparator: String?

    public init(path: InputPath, format: PersonaFileFormat? = nil, columns: ColumnMapping? = nil, listSeparator: String? = nil) {
        self.path = path
        self.format = format
        self.columns = columns
        self.listSeparator = listSeparator
    }

    enum CodingKeys: String, CodingKey {
        case path, format, columns
        case listSeparator = "list-separator"
    }

    public init(from decoder: any Decoder) throws {
        if case .scalar? = decoder.yamlNode {
            self.init(path: try InputPath(from: decoder))
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decode(InputPath.self, forKey: .path)
        let format = try container.decodeIfPresent(PersonaFileFormat.self, forKey: .format)
        if let resolved = format ?? PersonaFileFormat(fileName: path.path), !resolved.isTable {
            for key in [CodingKeys.columns, .listSeparator] where container.contains(key) {
                throw YAMLError(
                    .decoding, "'\(key.stringValue)' applies to CSV and TSV files, not to '\(path.path)'",
                    at: decoder.yamlNode?.mapping?.pair(forKey: key.stringValue)?.key.mark, file: decoder.yamlFile,
                    suggestion: "write the persona fields under their own names in \(resolved.rawValue.uppercased()) files")
            }
        }
        self.init(
            path: path, format: format,
            columns: try container.decodeIfPresent(ColumnMapping.self, forKey: .columns),
            listSeparator: try container.decodeIfPresent(ListSeparator.self, forKey: .listSeparator)?.text)
    }
}
