import LaunchKitCore
import LaunchKitYAML

/// The `with:` options of `message-simplification`; every key is documented in the stage's
/// description, which `launchkit stages` prints.
public struct MessageSimplificationOptions: Decodable, Sendable {
    /// Messages files, relative to the config.
    public var messages: [InputPath]
    /// The glossary file, if any.
    public var glossary: InputPath?
    /// Style packs in the order they run: `launchkit` (the built-in pack) or a Vale style folder.
    public var styles: [InputPath]
    /// The word limit of `launchkit.SentenceLength`.
    public var maxSentenceWords: Int
    /// Findings below this severity are left out.
    public var minLevel: Diagnostic.Severity
    public var rules: RuleSettings

    public static let defaultStyles = [InputPath(LaunchKitPack.styleName)]

    public init(
        messages: [InputPath], glossary: InputPath? = nil, styles: [InputPath] = defaultStyles,
        maxSentenceWords: Int = LaunchKitPack.defaultMaxSentenceWords, minLevel: Diagnostic.Severity = .suggestion, rules: RuleSettings = RuleSettings()
    ) {
        self.messages = messages
        self.glossary = glossary
        self.styles = styles
        self.maxSentenceWords = maxSentenceWords
        self.minLevel = minLevel
        self.rules = rules
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case messages, glossary, styles
        case maxSentenceWords = "max-sentence-words"
        case minLevel = "min-level"
        case rules
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        messages = try container.decode(ListOrSingle<InputPath>.self, forKey: .messages).items
        glossary = try container.decodeIfPresent(InputPath.self, forKey: .glossary)
        styles = try container.decodeIfPresent(ListOrSingle<InputPath>.self, forKey: .styles)?.items ?? Self.defaultStyles
        maxSentenceWords = try container.decodeIfPresent(WordLimit.self, forKey: .maxSentenceWords)?.value ?? LaunchKitPack.defaultMaxSentenceWords
        minLevel = try container.decodeIfPresent(Diagnostic.Severity.self, forKey: .minLevel) ?? .suggestion
        rules = try container.decodeIfPresent(RuleSettings.self, forKey: .rules) ?? RuleSettings()
    }

    /// A word limit between 5 and 100, checked where it is written.
    private struct WordLimit: Decodable {
        var value: Int

        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Int.self)
            guard (5...100).contains(value) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath, debugDescription: "expected a word limit between 5 and 100, found \(value)"))
            }
        }
    }
}
