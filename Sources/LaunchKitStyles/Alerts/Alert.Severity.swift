extension Alert {
    /// Vale's three alert levels, ordered so that `MinAlertLevel` is a simple comparison.
    public enum Severity: String, Sendable, CaseIterable, Comparable, Hashable {
        case suggestion, warning, error

        var rank: Int {
            switch self {
            case .suggestion: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }
}
