import LaunchKitYAML

/// A value written either as one item or as a list (`messages: messages.yml` or
/// `messages: [core.yml, pricing.yml]`), so the common case of one needs no brackets.
struct ListOrSingle<Element: Decodable & Sendable>: Decodable, Sendable {
    var items: [Element]

    init(_ items: [Element]) {
        self.items = items
    }

    init(from decoder: any Decoder) throws {
        switch decoder.yamlNode {
        case .sequence?:
            items = try [Element](from: decoder)
        case .mapping?:
            throw decoder.yamlTypeMismatch(expected: "a list (or a single value)")
        case .scalar?:
            items = [try Element(from: decoder)]
        case nil:
            // Not decoding YAML (JSON from an external stage): try the list first.
            if let list = try? [Element](from: decoder) {
                items = list
            } else {
                items = [try Element(from: decoder)]
            }
        }
    }
}

extension ListOrSingle: Equatable where Element: Equatable {}
