import LaunchKitCore

/// One message after the rules ran: the message with its scores and rewrite, its located
/// findings, and the grade it should read at.
struct MessageReport: Sendable {
    var message: Message
    /// Findings about this message, in source order.
    var findings: [Diagnostic]
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
        findings.filter { $0.severity == severity }.count
    }
}
