import LaunchKitCore

/// A rule of the built-in `launchkit` pack, described as data: what it flags, how severe it is,
/// how it runs, and examples that must and must not trigger it.
///
/// The examples are the rule's documentation and its tests: one generic test runs every rule's
/// examples, so a new rule brings its own tests (after SwiftLint's `RuleDescription`).
public struct RuleDescription: Sendable {
    /// How a rule runs.
    public enum Kind: String, Sendable {
        /// A Vale rule in YAML, run by the style engine: users can read it, copy it into their own
        /// style folder and change it.
        case vale
        /// A Swift rule over the kit: it reads the glossary, the message's personas or its other
        /// fields, which a Vale rule cannot see.
        case kit
    }

    /// `launchkit.Name`, the name alerts, `rules:` overrides and findings use.
    public var id: String
    public var kind: Kind
    public var severity: Diagnostic.Severity
    /// One line: what the rule flags and why a buyer cares.
    public var summary: String
    /// The Vale rule file's text, for `kind == .vale`.
    public var yaml: String?
    /// Messages that must trigger the rule; `↓` marks where each finding lands.
    public var triggeringExamples: [RuleExample]
    /// Messages that must not trigger it.
    public var nonTriggeringExamples: [RuleExample]

    public init(
        id: String, kind: Kind, severity: Diagnostic.Severity, summary: String, yaml: String? = nil,
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.summary = summary
        self.yaml = yaml
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The rule's name without the style: `Hedging` for `launchkit.Hedging`, its file name in a
    /// Vale style folder.
    public var name: String {
        String(id.drop { $0 != "." }.dropFirst())
    }
}
