import LaunchKitCore

/// One message after the rules ran: the message with its scores and rewrite, its located
/// findings, and the grade it should read at.
struct MessageReport: Sendable {
    let message: Message
    /// Findings about this message, in source order. A slice, so that once the stage has added
    /// them to the kit the report can share the kit's storage instead of holding a copy.
    let findings: ArraySlice<Diagnostic>
    let audience: Audience
    /// The findings of each severity, counted once: the page and the CSV ask for the status and
    /// the counts of every message.
    private let errors: Int, warnings: Int, suggestions: Int

    init(message: Message, findings: ArraySlice<Diagnostic>, audience: Audience) {
        self.message = message
        self.findings = findings
        self.audience = audience
        var counts = (errors: 0, warnings: 0, suggestions: 0)
        for index in findings.indices {
            switch findings[index].severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .suggestion: counts.suggestions += 1
            }
        }
        (errors, warnings, suggestions) = counts
    }

    /// How ready the message is, in a rep's words.
    enum Status: String, Sendable {
        /// No finding above a suggestion.
        case ready
        /// Warnings to look at.
        case needsWork = "needs work"
        /// An error: not ready to ship.
        case blocked
    }

    var status: Status {
        if count(.error) > 0 { return .blocked }
        if count(.warning) > 0 { return .needsWork }
        return .ready
    }

    func count(_ severity: Diagnostic.Severity) -> Int {
        switch severity {
        case .error: errors
        case .warning: warnings
        case .suggestion: suggestions
        }
    }
}
