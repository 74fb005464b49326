/// One finding of a style rule in a linted text, positioned the way Vale prints it.
///
/// Lines and columns are 1-based. Columns count Unicode scalars (Vale counts runes), so a
/// position printed by LaunchKit and one printed by Vale for the same file agree, and an editor
/// that counts characters lands on the same spot for any text without combining sequences.
public struct Alert: Sendable, Equatable, Hashable {
    /// The path the caller gave for the linted text.
    public var file: String
    public var line: Int
    public var column: Int
    /// First and last column of the match on `line` (Vale's `Span`); the last column is clamped to
    /// the end of the line when a match continues on the next one.
    public var span: ClosedRange<Int>
    /// `Style.Rule`, as Vale names checks.
    public var check: String
    /// The rule's message with its `%s` placeholders filled in.
    public var message: String
    public var severity: Severity
    /// The text the rule matched (empty for document-level rules such as metrics).
    public var match: String
    /// What to write instead, when the rule knows (a substitution's swap, a `replace` action, or
    /// an empty string for a `remove` action); nil when the rule has no fix.
    public var suggestion: String?
    /// The rule's `link`, when it has one.
    public var link: String?

    public init(
        file: String, line: Int, column: Int, span: ClosedRange<Int>? = nil, check: String, message: String,
        severity: Severity, match: String = "", suggestion: String? = nil, link: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.span = span ?? column...column
        self.check = check
        self.message = message
        self.severity = severity
        self.match = match
        self.suggestion = suggestion
        self.link = link
    }
}

extension Alert: Comparable {
    /// Vale's `--sort` order: by file, then line, then column; the check name breaks ties so the
    /// order is deterministic (Vale's own sort is not stable there).
    public static func < (lhs: Alert, rhs: Alert) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.check, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.check, rhs.message)
    }
}
