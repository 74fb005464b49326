/// A JSON document written byte for byte the same on every platform and run.
///
/// Foundation's `JSONEncoder` formats numbers differently across platforms and releases, and
/// summary.json is compared byte for byte between builds; so LaunchKit writes its own: keys
/// sorted by their UTF-8 bytes, two-space indentation, `\n` line ends, integers without a decimal
/// point, other numbers in Swift's shortest round-trip form (`2.5`, `3.3333333333333335`),
/// non-ASCII text as UTF-8, and only `"`, `\` and control characters escaped.
extension JSONValue {
    /// The document, ending with a newline.
    public var rendered: String {
        var text = ""
        write(to: &text, indent: "")
        return text + "\n"
    }

    private func write(to text: inout String, indent: String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .integer(let value): text += String(value)
        case .number(let value): text += Self.format(value)
        case .string(let value): Self.quote(value, into: &text)
        case .array(let values):
            guard !values.isEmpty else { text += "[]"; return }
            let inner = indent + "  "
            text += "[\n"
            for (offset, value) in values.enumerated() {
                text += inner
                value.write(to: &text, indent: inner)
                text += offset == values.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { text += "{}"; return }
            let inner = indent + "  "
            let keys = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            text += "{\n"
            for (offset, key) in keys.enumerated() {
                text += inner
                Self.quote(key, into: &text)
                text += ": "
                fields[key]!.write(to: &text, indent: inner)
                text += offset == keys.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        }
    }

    /// Whole numbers as integers; anything else in Swift's shortest round-trip form. JSON has no
    /// NaN or infinity: they are written as null.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 {
            return value == 0 ? "0" : String(Int64(value))
        }
        return value.description
    }

    private static func quote(_ string: String, into text: inout String) {
        text += "\""
        // Most strings need no escape: append them whole instead of scalar by scalar.
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            text += string
            text += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
