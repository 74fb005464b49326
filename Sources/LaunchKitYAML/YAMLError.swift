/// A located problem with YAML input: a syntax error from libyaml, a limit that was hit, or a value
/// that does not decode into the expected type.
///
/// The binding knows nothing of diagnostics; the core turns these into its own `Diagnostic` values.
public struct YAMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// libyaml rejected the text (or it is not valid UTF-8).
        case syntax
        /// A guard against hostile input was hit (depth, alias expansion, node count).
        case limit
        /// The document is well-formed YAML but not what the reader expected.
        case decoding
    }

    public var kind: Kind
    public var message: String
    /// Where the problem is; nil only when the input gives no position (an empty document).
    public var mark: Mark?
    /// The file the text came from, when the caller said.
    public var file: String?
    /// A fix a person can try ("did you mean 'buyers'?"), printed after the message.
    public var suggestion: String?

    public init(_ kind: Kind, _ message: String, at mark: Mark?, file: String? = nil, suggestion: String? = nil) {
        self.kind = kind
        self.message = message
        self.mark = mark
        self.file = file
        self.suggestion = suggestion
    }

    /// `file:line:column: error: message` — the form compilers use, so editors and CI can jump to it.
    public var description: String {
        var location = file ?? "<input>"
        if let mark { location += ":\(mark.line):\(mark.column)" }
        var text = "\(location): error: \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}

/// Several located problems found in one pass (for example every unknown key of a config file),
/// so a user can fix them together instead of one run per mistake.
public struct YAMLErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [YAMLError]

    public init(_ errors: [YAMLError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
