import LaunchKitCore
import LaunchKitYAML

/// The `with:` of a `persona-import` entry. See ``PersonaImportStage`` for what each key does.
public struct PersonaImportOptions: Sendable, Decodable {
    /// Files of buyer personas.
    public var buyers: [PersonaSource]
    /// Files of channel personas.
    public var channels: [PersonaSource]
    /// Files that mix both kinds, each persona saying its `kind` (as `personas.csv` does).
    public var personas: [PersonaSource]
    /// Header mapping for every CSV and TSV file.
    public var columns: ColumnMapping
    public var listSeparator: String
    /// Unknown keys and columns are errors instead of warnings.
    public var strict: Bool
    /// Personas scoring below this (0–100) get a warning naming what is missing.
    public var minCompleteness: Int

    public static let defaultListSeparator = ";"
    public static let defaultMinCompleteness = 80

    public init(
        buyers: [PersonaSource] = [], channels: [PersonaSource] = [], personas: [PersonaSource] = [],
        columns: ColumnMapping = ColumnMapping(), listSeparator: String = defaultListSeparator, strict: Bool = false,
        minCompleteness: Int = defaultMinCompleteness
    ) {
        self.buyers = buyers
        self.channels = channels
        self.personas = personas
        self.columns = columns
        self.listSeparator = listSeparator
        self.strict = strict
        self.minCompleteness = minCompleteness
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case buyers, channels, personas, columns
        case listSeparator = "list-separator"
        case strict
        case minCompleteness = "min-completeness"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        buyers = try container.decodeIfPresent(SourceList.self, forKey: .buyers)?.sources ?? []
        channels = try container.decodeIfPresent(SourceList.self, forKey: .channels)?.sources ?? []
        personas = try container.decodeIfPresent(SourceList.self, forKey: .personas)?.sources ?? []
        columns = try container.decodeIfPresent(ColumnMapping.self, forKey: .columns) ?? ColumnMapping()
        listSeparator = try container.decodeIfPresent(ListSeparator.self, forKey: .listSeparator)?.text ?? Self.defaultListSeparator
        strict = try container.decodeIfPresent(Bool.self, forKey: .strict) ?? false
        let minimum = try container.decodeIfPresent(Located<Int>.self, forKey: .minCompleteness)
        minCompleteness = minimum?.value ?? Self.defaultMinCompleteness
        if let minimum, !(0...100).contains(minimum.value) {
            throw YAMLError(.decoding, "'min-completeness' must be from 0 to 100, found '\(minimum.value)'",
                            at: minimum.mark, file: decoder.yamlFile, suggestion: "a percentage such as 80")
        }
        if buyers.isEmpty, channels.isEmpty, personas.isEmpty {
            // The usual cause is a misspelt key ('buyer:'). The decoder reports unknown keys only
            // after a type has decoded, so say it here rather than blame a missing key.
            if let mapping = decoder.yamlNode?.mapping {
                let known = CodingKeys.allCases.map(\.stringValue)
                let place = decoder.codingPath.isEmpty ? "" : " in '\(decoder.codingPath.dottedPath)'"
                let unknown = mapping.pairs.compactMap { pair -> YAMLError? in
                    guard let name = pair.key.scalar?.string, !known.contains(name) else { return nil }
                    let suggestion = NearestMatch.find(name, in: known).map { "did you mean '\($0)'?" }
                        ?? "expected one of: \(known.sorted().joined(separator: ", "))"
                    return YAMLError(.decoding, "unknown key '\(name)'\(place)", at: pair.key.mark, file: decoder.yamlFile, suggestion: suggestion)
                }
                if !unknown.isEmpty { throw YAMLErrors(unknown) }
            }
            throw YAMLError(.decoding, "persona-import needs at least one of 'buyers', 'channels' or 'personas'",
                            at: decoder.yamlMark, file: decoder.yamlFile, suggestion: "add 'buyers: personas/buyers.yml'")
        }
    }

    /// Every source with the kind its option declares (nil for `personas:`), in the order a
    /// reader expects: buyers, channels, then mixed files.
    var sources: [(source: PersonaSource, kind: PersonaKind?)] {
        buyers.map { ($0, .buyer) } + channels.map { ($0, .channel) } + personas.map { ($0, nil) }
    }
}
