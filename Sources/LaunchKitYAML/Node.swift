/// One node of a YAML document, with the position where it starts.
///
/// Aliases are resolved while composing, so a tree never contains a reference: an alias becomes a
/// copy of its anchor's node (copy-on-write storage keeps that cheap), and the number of nodes an
/// alias expands to is counted against ``YAMLLimits/maxAliasExpansion`` to stop alias bombs.
public enum Node: Hashable, Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    /// Where the node starts in its source.
    public var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// The explicit tag, fully resolved (`tag:yaml.org,2002:str` for `!!str`), or nil when none was written.
    public var tag: String? {
        switch self {
        case .scalar(let scalar): scalar.tag
        case .sequence(let sequence): sequence.tag
        case .mapping(let mapping): mapping.tag
        }
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }

    public var sequence: Sequence? {
        if case .sequence(let sequence) = self { sequence } else { nil }
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = self { mapping } else { nil }
    }

    /// A short, user-facing name of the node's kind for error messages ("a mapping", "'ten'").
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "an empty value" : "'\(scalar.string.truncatedForMessage)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

extension String {
    /// Keeps messages on one line when a user's value is long or spans several lines.
    var truncatedForMessage: String {
        let firstLine = prefix { $0 != "\n" && $0 != "\r" }
        if firstLine.count > 40 { return String(firstLine.prefix(37)) + "..." }
        return firstLine.count < count ? firstLine + "..." : String(firstLine)
    }
}

extension Node: Decodable {
    /// Decodes the raw node itself, so a model can keep part of a document undecoded (a stage's
    /// `with:` options, decoded later by the stage's own type with positions intact).
    public init(from decoder: any Decoder) throws {
        guard let node = decoder.yamlNode else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "a raw YAML node can only be decoded by NodeDecoder"))
        }
        self = node
    }
}
