import LaunchKitYAML

/// A value written either as one item or as a list (`messages: messages.yml` or
/// `messages: [core.yml, pricing.yml]`), so the common case of one needs no brackets.
struct ListOrSingle<Element: Decodable & Sendable>: Decodable, Sendable {
    var items: [Element]

    init(_ items: [Element]) {
        self.items = items
    }

    init(from decoder: any Decoder) throws {
        if case .sequence? = decoder.yamlNode {
            items = try [Element](from: decoder)
        } else if decoder.yamlNode != nil {
            items = [try Element(from: decoder)]
        } else if let list = try? [Element](from: decoder) {
            items = list
        } else {
            items = [try Element(from: decoder)]
        }
    }
}

extension ListOrSingle: Equatable where Element: Equatable {}
