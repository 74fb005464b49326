import LaunchKitYAML

/// `list-separator:`: the text between list items in one CSV cell. Checked where it is written.
struct ListSeparator: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
        if text.isEmpty || text.contains(where: \.isNewline) {
            throw YAMLError(
                .decoding, "'list-separator' must be one or more characters on one line, found '\(text)'",
                at: decoder.yamlMark, file: decoder.yamlFile,
                suggestion: "use \";\" (the default) or another character your lists do not contain; a line break always separates items")
        }
    }
}
