import LaunchKitCore

/// What a rule found in one message, before it is placed in the source file.
public struct RuleFinding: Hashable, Sendable {
    /// Where in the message a finding lands.
    public enum Placement: Hashable, Sendable {
        /// A span of the text, in Unicode scalar offsets (what a word-level rule flags).
        case text(Range<Int>)
        /// The text as a whole (its reading grade): lands on its first character.
        case wholeText
        /// The message as a whole (a missing benefit): lands on the message's first key.
        case message
    }

    /// `Style.Rule`, as Vale names rules: `launchkit.Hedging`.
    public var rule: String
    public var severity: Diagnostic.Severity
    public var message: String
    public var placement: Placement
    /// What to write or do instead, shown to the writer.
    public var suggestion: String?
    /// A replacement the proposed rewrite may make: only glossary wording, acronym expansions and
    /// substitution swaps, so the rewrite never says more than the writer or the glossary did.
    public var fix: TextEdit?

    public init(rule: String, severity: Diagnostic.Severity, message: String, placement: Placement, suggestion: String? = nil, fix: TextEdit? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.placement = placement
        self.suggestion = suggestion
        self.fix = fix
    }

    /// Where the finding starts in the text, for ordering and positions: nil for the message as a whole.
    var textOffset: Int? {
        switch placement {
        case .text(let range): range.lowerBound
        case .wholeText: 0
        case .message: nil
        }
    }
}

/// One replacement in a text, by Unicode scalar offsets.
public struct TextEdit: Hashable, Sendable {
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
