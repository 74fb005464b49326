import LaunchKitYAML

/// One glossary term as written in a glossary file.
///
/// ```yaml
/// - term: CNAPP
///   expansion: cloud-native application protection platform
///   plain: cloud security platform
///   personas: [cloud-architect]     # who may read the term as it is; `all` for everyone
/// ```
struct GlossaryEntry: Decodable, Sendable {
    var term: Located<String>
    var expansion: String?
    var plain: String?
    var readers: Readers
    var mark: Mark?

    /// Who may read the term as it is.
    enum Readers: Sendable, Equatable {
        /// Every buyer: `personas: all` (product names, AWS).
        case everyone
        /// These buyer persona ids; an empty list means nobody.
        case personas([Located<String>])
    }

    enum CodingKeys: String, CodingKey {
        case term, expansion, plain, personas
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mark = decoder.yamlMark
        term = try container.decode(Located<String>.self, forKey: .term)
        expansion = try container.decodeIfPresent(String.self, forKey: .expansion).flatMap(MessageEntry.nonBlank)
        plain = try container.decodeIfPresent(String.self, forKey: .plain).flatMap(MessageEntry.nonBlank)
        if let node = decoder.yamlNode?.mapping?["personas"], case .scalar(let scalar) = node, scalar.string == "all" {
            _ = try container.decode(String.self, forKey: .personas)
            readers = .everyone
        } else {
            readers = .personas(try container.decodeIfPresent(ListOrSingle<Located<String>>.self, forKey: .personas)?.items ?? [])
        }
    }
}

/// The top level of a glossary file: `terms:` and the list, or the list alone.
struct GlossaryFile: Decodable, Sendable {
    var terms: [GlossaryEntry]

    enum CodingKeys: String, CodingKey {
        case terms
    }

    init(from decoder: any Decoder) throws {
        if case .sequence? = decoder.yamlNode {
            terms = try [GlossaryEntry](from: decoder)
        } else {
            terms = try decoder.container(keyedBy: CodingKeys.self).decode([GlossaryEntry].self, forKey: .terms)
        }
    }
}
