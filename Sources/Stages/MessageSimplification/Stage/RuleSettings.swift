import LaunchKitCore
import LaunchKitYAML

/// What a user changes about single rules, under `rules:` in the stage's options: a new
/// severity, or `off`. Keys are rule ids as alerts print them, in any loaded style.
///
/// ```yaml
/// rules:
///   launchkit.PassiveVoice: off
///   launchkit.Jargon: error
///   CloudGuard.Competitors: warning
/// ```
public struct RuleSettings: Decodable, Sendable, Equatable {
    public enum Setting: String, Decodable, Sendable, CaseIterable {
        case error, warning, suggestion, off

        var severity: Diagnostic.Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .suggestion: .suggestion
            case .off: nil
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public var rule: String
        public var setting: Setting
        /// Where the rule id is written, for "unknown rule" errors.
        public var location: SourceLocation?
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    private struct RuleKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: RuleKey.self)
        let file = decoder.yamlFile
        var entries: [Entry] = []
        if let mapping = decoder.yamlNode?.mapping {
            for pair in mapping.pairs {
                guard let name = pair.key.scalar?.string else { continue }
                let setting = try container.decode(Setting.self, forKey: RuleKey(stringValue: name))
                entries.append(Entry(rule: name, setting: setting, location: file.map { SourceLocation(file: $0, mark: pair.key.mark) }))
            }
        } else {
            for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                entries.append(Entry(rule: key.stringValue, setting: try container.decode(Setting.self, forKey: key), location: nil))
            }
        }
        self.entries = entries
    }

    /// The setting for a rule, or nil when the user left it as it is.
    public func setting(for rule: String) -> Setting? {
        entries.last { $0.rule == rule }?.setting
    }
}
