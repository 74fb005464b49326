/// A problem or finding, as a value: what is wrong, where, how bad, which rule said so, and how
/// to fix it. Stages produce them; only the command line prints them.
///
/// Messages follow one style so output reads as one voice: lower-case, the offending text in single
/// quotes, no trailing period ("unknown key 'buyer'").
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
        case suggestion, warning, error

        private var rank: Int {
            switch self {
            case .suggestion: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The rule or check that produced it (`launchkit.Hedging`, `config.unknown-key`).
    public var rule: String?
    /// A concrete fix: a replacement text, the nearest valid key, a command to run.
    public var suggestion: String?
    /// Further located remarks, such as where a duplicate was first defined.
    public var notes: [Note]
    /// What the diagnostic is about, when it concerns one item of the kit (a message, a persona).
    public var subject: Subject?

    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
        rule: String? = nil, suggestion: String? = nil, notes: [Note] = [], subject: Subject? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.rule = rule
        self.suggestion = suggestion
        self.notes = notes
        self.subject = subject
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, rule: String? = nil, suggestion: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, rule: rule, suggestion: suggestion, notes: notes)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, rule: String? = nil, suggestion: String? = nil, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, rule: rule, suggestion: suggestion, notes: notes)
    }
}

extension Diagnostic: Comparable {
    /// Source order first, so a list reads top to bottom like the file; then by rule for ties.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (lhs.rule ?? "", lhs.message) < (rhs.rule ?? "", rhs.message)
        }
    }
}
