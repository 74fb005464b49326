/// One Vale rule (`<Style>/<Rule>.yml`), compiled and ready to run.
///
/// Rules load unchanged from Vale style packages (``StylePack``) or from YAML written in memory
/// (``load(yaml:name:file:)``), which is how LaunchKit ships its own `launchkit` pack. Every
/// regex is translated from Vale's syntax and compiled once, when the rule loads.
public struct StyleRule: Sendable {
    /// Vale's check types (`extends:`).
    public enum Kind: String, Sendable, CaseIterable {
        case existence, substitution, occurrence, repetition, capitalization, metric, conditional, consistency, readability
        case spelling, sequence, script

        /// Check types this engine runs. The others (dictionary spelling, part-of-speech
        /// sequences, Tengo scripts) load so that third-party packs stay usable, but report nothing.
        public var isImplemented: Bool {
            switch self {
            case .spelling, .sequence, .script: false
            default: true
            }
        }
    }

    /// `Style.Rule`, the name Vale prints and configs refer to.
    public var name: String
    public var kind: Kind
    /// The level alerts get; a config may override it (`Style.Rule = error`).
    public var level: Alert.Severity
    /// The message template; `%s` is filled with the match (and, for substitutions, the replacement first).
    public var message: String
    public var link: String?
    public var description: String?
    /// The scopes as written (`heading`, `~blockquote`, `sentence`, `raw`, ...).
    public var scope: [String]
    public var action: RuleAction?
    /// Most alerts per file (0: no limit).
    public var limit: Int
    /// Options Vale knows but this engine ignores for this rule, to show the author.
    public var warnings: [StyleDiagnostic]

    var ruleScope: RuleScope
    var check: (any RuleCheck)?

    /// The style the rule belongs to (the part of `name` before the first dot).
    public var style: String { String(name.prefix { $0 != "." }) }
}
