import LaunchKitYAML

extension JSONValue {
    /// JSON built from a config's YAML, so an external stage receives its `with:` options as
    /// JSON.
    ///
    /// YAML scalars carry no type of their own; they are read the way the YAML core schema reads them,
    /// narrowed to what JSON has: a plain `true`/`false` is a boolean, a plain `null`, `~` or nothing is
    /// null, a plain number written as JSON writes numbers is a number, and everything else, including
    /// every quoted scalar, is a string (`version: "2.0"` stays the string "2.0").
    ///
    /// - Throws: ``DiagnosticError`` at a mapping key that is not a scalar (JSON keys are text).
    public init(_ node: Node, file: String) throws(DiagnosticError) {
        switch node {
        case .scalar(let scalar):
            self = Self.resolve(scalar)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for item in sequence.nodes {
                items.append(try JSONValue(item, file: file))
            }
            self = .array(items)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for pair in mapping.pairs {
                let key = pair.key, value = pair.value
                guard let name = key.scalar?.string else {
                    throw DiagnosticError(.error(
                        "an option key must be text, found \(key.kindDescription)", at: SourceLocation(file: file, mark: key.mark),
                        rule: "config.external-options"))
                }
                members[name] = try JSONValue(value, file: file)
            }
            self = .object(members)
        }
    }

    private static func resolve(_ scalar: Node.Scalar) -> JSONValue {
        if scalar.tag == "tag:yaml.org,2002:str" || scalar.style != .plain { return .string(scalar.string) }
        if scalar.isNull { return .null }
        switch scalar.string {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        if isJSONNumber(scalar.string) {
            if let integer = Int(scalar.string) { return .integer(integer) }
            if let number = Double(scalar.string), number.isFinite { return .number(number) }
        }
        return .string(scalar.string)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, JSON's number grammar.
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") {
            bytes = bytes.dropFirst()
        } else if digits() == 0 {
            return false
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
