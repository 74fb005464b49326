import LaunchKitYAML

/// Invalid input: one or more error diagnostics that stop the build before anything is written.
///
/// Throwing several at once lets a person fix every mistake of a file in one pass. The command line
/// maps this error to exit code 2; any other error escaping a stage is a stage failure (exit 3).
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map { DiagnosticFormatter.headline($0) }.joined(separator: "\n")
    }
}

extension Diagnostic {
    /// A located YAML problem as a diagnostic, keeping its file, position and suggestion.
    public init(_ error: YAMLError, file: String? = nil) {
        let kind = switch error.kind {
        case .syntax: "yaml.syntax"
        case .limit: "yaml.limit"
        case .decoding: "yaml.schema"
        }
        self.init(
            .error, error.message,
            at: SourceLocation(file: error.file ?? file ?? "<input>", mark: error.mark),
            rule: kind, suggestion: error.suggestion
        )
    }
}

extension DiagnosticError {
    public init(_ errors: YAMLErrors) {
        self.init(errors.errors.map { Diagnostic($0) })
    }

    public init(_ error: YAMLError) {
        self.init(Diagnostic(error))
    }
}
