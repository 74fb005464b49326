extension Diagnostic {
    /// A template problem as a diagnostic: a user's template is input like any other file.
    public init(_ error: TemplateError) {
        let rule = switch error.kind {
        case .syntax: "template.syntax"
        case .missingValue: "template.missing-value"
        case .invalidValue: "template.invalid-value"
        case .unknownHelper: "template.unknown-helper"
        case .unknownTemplate: "template.unknown-template"
        case .unsupportedViewModel: "template.view-model"
        case .recursion: "template.recursion"
        case .io: "template.io"
        }
        self.init(
            .error, error.message,
            at: SourceLocation(file: error.file, line: error.line > 0 ? error.line : nil, column: error.column > 0 ? error.column : nil),
            rule: rule, suggestion: error.suggestion)
    }
}
