import LaunchKitCore

/// What an import found, sorted as it is reported: errors stop the build (the stage throws them
/// together, so a person fixes a file in one pass); warnings become findings in the kit.
struct ImportDiagnostics: Sendable {
    /// Whether unknown keys and columns are errors (`strict: true`) or warnings.
    let strict: Bool
    private(set) var errors: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []

    init(strict: Bool) {
        self.strict = strict
    }

    /// The severity of an unknown key or column.
    var unknownSeverity: Diagnostic.Severity { strict ? .error : .warning }

    mutating func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error {
            errors.append(diagnostic)
        } else {
            warnings.append(diagnostic)
        }
    }

    mutating func report(_ error: DiagnosticError) {
        error.diagnostics.forEach { report($0) }
    }
}
