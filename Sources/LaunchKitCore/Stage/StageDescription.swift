/// What a stage is and how to use it, as data: printed by `launchkit stages`, checked by the
/// pipeline (`needs`/`adds`) and by tests (the example must decode).
public struct StageDescription: Sendable, Equatable, Codable {
    /// The id users write after `uses:`, kebab-case (`persona-import`).
    public var id: String
    /// One line: what the stage does.
    public var summary: String
    /// Longer documentation: inputs, outputs, findings.
    public var discussion: String
    public var needs: [KitCapability]
    public var adds: [KitCapability]
    public var options: [StageOption]
    /// A complete pipeline entry (`uses:` and `with:`) that runs as written.
    public var example: String

    public init(
        id: String, summary: String, discussion: String = "", needs: [KitCapability] = [], adds: [KitCapability] = [],
        options: [StageOption] = [], example: String
    ) {
        self.id = id
        self.summary = summary
        self.discussion = discussion
        self.needs = needs
        self.adds = adds
        self.options = options
        self.example = example
    }
}

/// One key a stage accepts under `with:`.
public struct StageOption: Sendable, Equatable, Codable {
    public var name: String
    /// How to write it: `path`, `list of paths`, `integer 0-100`, `true/false`.
    public var type: String
    /// The default when the key is left out, or nil when the key is required.
    public var defaultValue: String?
    public var summary: String

    public init(_ name: String, type: String, default defaultValue: String? = nil, _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }

    public var isRequired: Bool { defaultValue == nil }

    enum CodingKeys: String, CodingKey {
        case name, type
        case defaultValue = "default"
        case summary
    }
}
