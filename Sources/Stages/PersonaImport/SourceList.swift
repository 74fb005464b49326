import LaunchKitYAML

/// A source option written as one path (or mapping) or as a list of them.
struct SourceList: Decodable {
    var sources: [PersonaSource]

    init(from decoder: any Decoder) throws {
        if case .sequence? = decoder.yamlNode {
            sources = try [PersonaSource](from: decoder)
        } else {
            sources = [try PersonaSource(from: decoder)]
        }
    }
}
