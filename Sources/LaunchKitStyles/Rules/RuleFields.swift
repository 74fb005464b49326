import LaunchKitYAML

/// The top-level keys of one rule file, read from the YAML `Node` tree with their positions.
///
/// Vale decodes rules "weakly" (a single string where a list is expected is a one-item list,
/// `"true"` is a boolean), so the readers here accept the same spellings; anything else is an
/// error at the value's own line and column. Keys are checked against the fields Vale knows for
/// the rule's `extends`, so a typo is an error with a suggestion, as Vale reports it too.
struct RuleFields {
    let file: String?
    let mapping: Node.Mapping
    private(set) var errors: [StyleDiagnostic] = []

    init(root: Node, file: String?) throws(StyleLoadError) {
        guard case .mapping(let mapping) = root else {
            throw StyleLoadError([StyleDiagnostic(.error, "expected a mapping of rule fields, found \(root.kindDescription)", file: file, mark: root.mark)])
        }
        self.file = file
        self.mapping = mapping
    }

    var keys: [String] { mapping.pairs.compactMap { $0.key.scalar?.string } }

    func pair(_ key: String) -> Node.Mapping.Pair? { mapping.pair(forKey: key) }

    func has(_ key: String) -> Bool { pair(key) != nil }

    mutating func fail(_ message: String, at node: Node?, suggestion: String? = nil) {
        errors.append(StyleDiagnostic(.error, message, file: file, mark: node?.mark ?? mapping.mark, suggestion: suggestion))
    }

    mutating func fail(_ message: String, at mark: Mark, suggestion: String? = nil) {
        errors.append(StyleDiagnostic(.error, message, file: file, mark: mark, suggestion: suggestion))
    }

    // MARK: Scalars

    mutating func string(_ key: String) -> SourceString? {
        guard let value = pair(key)?.value else { return nil }
        guard case .scalar(let scalar) = value, !scalar.isNull else {
            fail("expected a string for '\(key)', found \(value.kindDescription)", at: value)
            return nil
        }
        return SourceString(scalar)
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = pair(key)?.value else { return nil }
        if case .scalar(let scalar) = value, let flag = Self.weakBool(scalar.string) {
            return flag
        }
        fail("expected true or false for '\(key)', found \(value.kindDescription)", at: value)
        return nil
    }

    mutating func int(_ key: String) -> Int? {
        guard let value = pair(key)?.value else { return nil }
        if case .scalar(let scalar) = value, let number = Int(scalar.string) ?? Double(scalar.string).flatMap({ Int(exactly: $0) }) {
            return number
        }
        fail("expected an integer for '\(key)', found \(value.kindDescription)", at: value)
        return nil
    }

    mutating func double(_ key: String) -> Double? {
        guard let value = pair(key)?.value else { return nil }
        if case .scalar(let scalar) = value, let number = Double(scalar.string), number.isFinite {
            return number
        }
        fail("expected a number for '\(key)', found \(value.kindDescription)", at: value)
        return nil
    }

    /// A list of strings; a single string is a one-item list, as in Vale.
    mutating func strings(_ key: String) -> [SourceString]? {
        guard let value = pair(key)?.value else { return nil }
        switch value {
        case .scalar(let scalar):
            return scalar.isNull ? [] : [SourceString(scalar)]
        case .sequence(let sequence):
            var items: [SourceString] = []
            for (offset, node) in sequence.nodes.enumerated() {
                guard case .scalar(let scalar) = node, !scalar.isNull else {
                    fail("expected a string for '\(key)[\(offset)]', found \(node.kindDescription)", at: node)
                    continue
                }
                items.append(SourceString(scalar))
            }
            return items
        case .mapping:
            fail("expected a list of strings for '\(key)', found a mapping", at: value)
            return nil
        }
    }

    /// A mapping of strings to strings in source order (`swap`, `either`).
    mutating func orderedMap(_ key: String) -> [(key: SourceString, value: SourceString)]? {
        guard let value = pair(key)?.value else { return nil }
        guard case .mapping(let mapping) = value else {
            if case .scalar(let scalar) = value, scalar.isNull { return [] }
            fail("expected a mapping for '\(key)', found \(value.kindDescription)", at: value)
            return nil
        }
        var entries: [(key: SourceString, value: SourceString)] = []
        for pair in mapping.pairs {
            guard case .scalar(let name) = pair.key else {
                fail("expected a string key in '\(key)', found \(pair.key.kindDescription)", at: pair.key)
                continue
            }
            guard case .scalar(let replacement) = pair.value else {
                fail("expected a string for '\(key).\(name.string)', found \(pair.value.kindDescription)", at: pair.value)
                continue
            }
            entries.append((SourceString(name), SourceString(replacement, value: replacement.isNull ? "" : replacement.string)))
        }
        return entries
    }

    /// Strings Go's `strconv.ParseBool` accepts, plus YAML 1.1's yes/no/on/off (Vale parses rules
    /// with a YAML 1.1 library).
    static func weakBool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE", "t", "T", "1", "yes", "Yes", "YES", "on", "On", "ON": true
        case "false", "False", "FALSE", "f", "F", "0", "no", "No", "NO", "off", "Off", "OFF": false
        default: nil
        }
    }
}

/// A string from a rule file with where it was written, so an error about part of it (a bad
/// regex) can point at the exact column.
struct SourceString: Sendable {
    var value: String
    var mark: Mark
    var style: Node.Scalar.Style

    init(_ scalar: Node.Scalar, value: String? = nil) {
        self.value = value ?? scalar.string
        self.mark = scalar.mark
        self.style = scalar.style
    }

    init(_ value: String, mark: Mark = Mark(line: 1, column: 1)) {
        self.value = value
        self.mark = mark
        self.style = .plain
    }

    /// The position of the scalar at `offset` (in Unicode scalars) into the value: exact for a
    /// one-line value without escapes, the value's start otherwise.
    func mark(atOffset offset: Int) -> Mark {
        guard !value.contains("\n") else { return mark }
        switch style {
        case .plain: return Mark(line: mark.line, column: mark.column + offset)
        case .singleQuoted where !value.contains("'"): return Mark(line: mark.line, column: mark.column + 1 + offset)
        case .doubleQuoted where !value.contains("\\") && !value.contains("\""): return Mark(line: mark.line, column: mark.column + 1 + offset)
        default: return mark
        }
    }
}
