import LaunchKitYAML

/// A located problem found while loading a rule file, a style folder or a Vale config.
///
/// Errors stop a rule from loading; warnings (a Vale option this engine accepts but does not
/// implement) let it load and tell the author what will be ignored.
public struct StyleDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case warning, error
    }

    public var severity: Severity
    public var message: String
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// A fix to try, such as "did you mean 'tokens'?".
    public var suggestion: String?

    public init(_ severity: Severity, _ message: String, file: String?, line: Int? = nil, column: Int? = nil, suggestion: String? = nil) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.suggestion = suggestion
    }

    init(_ severity: Severity, _ message: String, file: String?, mark: Mark?, suggestion: String? = nil) {
        self.init(severity, message, file: file, line: mark?.line, column: mark?.column, suggestion: suggestion)
    }

    init(_ error: YAMLError) {
        self.init(.error, error.message, file: error.file, mark: error.mark, suggestion: error.suggestion)
    }

    /// `file:line:column: error: message; suggestion`, the form compilers print.
    public var description: String {
        var location = file ?? "<input>"
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}

/// Thrown when a rule file, style folder or config cannot be used; holds every error found so an
/// author can fix them in one go.
public struct StyleLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [StyleDiagnostic]

    public init(_ diagnostics: [StyleDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
