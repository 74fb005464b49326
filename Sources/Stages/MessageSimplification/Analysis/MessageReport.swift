import LaunchKitCore

/// One message after the rules ran: the message with its scores and rewrite, its located
/// findings, and the grade it should read at.
struct MessageReport: Sendable {
    var message: Message
    /// Findings about this message, in source order. A slice, so that once the stage has added
    /// them to the kit the report can share the kit's storage instead of holding a copy.
    var findings: ArraySlice<Diagnostic>
    var audience: Audience

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
        if findings.contains(where: { $0.severity == .error }) { return .blocked }
        if findings.contains(where: { $0.severity == .warning }) { return .needsWork }
        return .ready
    }

    func count(_ severity: Diagnostic.Severity) -> Int {
        findings.count { $0.severity == severity }
    }
}
