import LaunchKitYAML

/// A JSON value, built from a config's YAML so an external stage receives its `with:` options as
/// JSON.
///
/// YAML scalars carry no type of their own; they are read the way the YAML core schema reads them,
/// narrowed to what JSON has: a plain `true`/`false` is a boolean, a plain `null`, `~` or nothing is
/// null, a plain number written as JSON writes numbers is a number, and everything else, including
/// every quoted scalar, is a string (`version: "2.0"` stays the string "2.0").
public enum JSONNode: Hashable, Sendable, Encodable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONNode])
    /// Keys in the order they are written.
    case object([(key: String, value: JSONNode)])

    /// - Throws: ``DiagnosticError`` at a mapping key that is not a scalar (JSON keys are text).
    public init(_ node: Node, file: String) throws(DiagnosticError) {
        switch node {
        case .scalar(let scalar):
            self = Self.resolve(scalar)
        case .sequence(let sequence):
            var items: [JSONNode] = []
            for item in sequence.nodes {
                items.append(try JSONNode(item, file: file))
            }
            self = .array(items)
        case .mapping(let mapping):
            var members: [(key: String, value: JSONNode)] = []
            for pair in mapping.pairs {
                let key = pair.key, value = pair.value
                guard let name = key.scalar?.string else {
                    throw DiagnosticError(.error(
                        "an option key must be text, found \(key.kindDescription)", at: SourceLocation(file: file, mark: key.mark),
                        rule: "config.external-options"))
                }
                members.append((name, try JSONNode(value, file: file)))
            }
            self = .object(members)
        }
    }

    private static func resolve(_ scalar: Node.Scalar) -> JSONNode {
        if scalar.tag == "tag:yaml.org,2002:str" || scalar.style != .plain { return .string(scalar.string) }
        if scalar.isNull { return .null }
        switch scalar.string {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: break
        }
        if isJSONNumber(scalar.string) {
            if let integer = Int64(scalar.string) { return .integer(integer) }
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

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .integer(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let members):
            var container = encoder.container(keyedBy: NameKey.self)
            for member in members { try container.encode(member.value, forKey: NameKey(member.key)) }
        }
    }

    public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(l), .bool(r)): l == r
        case let (.integer(l), .integer(r)): l == r
        case let (.number(l), .number(r)): l == r
        case let (.string(l), .string(r)): l == r
        case let (.array(l), .array(r)): l == r
        case let (.object(l), .object(r)): l.map(\.key) == r.map(\.key) && l.map(\.value) == r.map(\.value)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .integer(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let items): hasher.combine(items)
        case .object(let members):
            for member in members {
                hasher.combine(member.key)
                hasher.combine(member.value)
            }
        }
    }
}
