import LaunchKitCore
import LaunchKitYAML

/// `columns:`: which persona field each CSV header means, for files whose headers were written by
/// a CRM or a spreadsheet (`"Persona Name": name`). A header mapped to `~` is ignored on purpose.
///
/// Headers match case- and space-insensitively (`persona name` matches `Persona Name`). Field
/// names are checked when the config is read, so a typo is reported at the config line.
public struct ColumnMapping: Sendable, Decodable {
    public struct Entry: Sendable, Equatable {
        /// The header as written in the config.
        public var header: String
        /// The field it maps to; nil to ignore the column.
        var field: PersonaField?
        /// Where the header is written in the config.
        public var location: SourceLocation?

        var key: String { PersonaField.compact(header) }
        public var fieldName: String? { field?.name }
    }

    public var entries: [Entry]

    public init() {
        entries = []
    }

    init(entries: [Entry]) {
        self.entries = entries
    }

    public init(from decoder: any Decoder) throws {
        guard case .mapping(let mapping)? = decoder.yamlNode else {
            throw DecodingError.typeMismatch(ColumnMapping.self, .init(
                codingPath: decoder.codingPath, debugDescription: "expected a mapping of CSV headers to persona fields"))
        }
        let file = decoder.yamlFile ?? ""
        var problems: [YAMLError] = []
        var entries: [Entry] = []
        let fieldNames = PersonaField.all.map(\.name)
        for pair in mapping.pairs {
            guard case .scalar(let key) = pair.key, !key.isNull else {
                problems.append(YAMLError(.decoding, "expected a CSV header, found \(pair.key.kindDescription)", at: pair.key.mark, file: file))
                continue
            }
            let location = SourceLocation(file: file, mark: key.mark)
            if let earlier = entries.first(where: { $0.key == PersonaField.compact(key.string) }) {
                problems.append(YAMLError(
                    .decoding, "column '\(key.string)' is mapped twice", at: key.mark, file: file,
                    suggestion: "keep one of '\(earlier.header)' and '\(key.string)' (headers match ignoring case and spaces)"))
                continue
            }
            guard case .scalar(let value) = pair.value else {
                problems.append(YAMLError(
                    .decoding, "expected a persona field for column '\(key.string)', found \(pair.value.kindDescription)",
                    at: pair.value.mark, file: file, suggestion: "write one field name, or ~ to ignore the column"))
                continue
            }
            if value.isNull {
                entries.append(Entry(header: key.string, field: nil, location: location))
                continue
            }
            guard case .field(let field) = PersonaField.lookup(value.string, for: nil) else {
                let suggestion = NearestMatch.find(value.string, in: fieldNames).map { "did you mean '\($0)'?" }
                    ?? "expected one of: \(fieldNames.joined(separator: ", ")), or ~ to ignore the column"
                problems.append(YAMLError(.decoding, "unknown persona field '\(value.string)' for column '\(key.string)'",
                                          at: value.mark, file: file, suggestion: suggestion))
                continue
            }
            entries.append(Entry(header: key.string, field: field, location: location))
        }
        if !problems.isEmpty { throw YAMLErrors(problems) }
        self.entries = entries
    }

    /// The entry for a header written in a file, if the mapping names it.
    func entry(forHeader header: String) -> Entry? {
        let key = PersonaField.compact(header)
        return entries.first { $0.key == key }
    }

    /// This mapping with `other`'s entries taking precedence for the headers both name.
    func overridden(by other: ColumnMapping?) -> ColumnMapping {
        guard let other else { return self }
        let replaced = Set(other.entries.map(\.key))
        return ColumnMapping(entries: entries.filter { !replaced.contains($0.key) } + other.entries)
    }
}
