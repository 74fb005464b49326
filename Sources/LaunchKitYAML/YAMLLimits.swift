/// Guards that keep hostile or accidental input from exhausting memory or the stack.
///
/// Hand-written launch kits never come near these numbers; a file that does is almost certainly
/// generated or malicious, and gets a located error instead of a hang.
public struct YAMLLimits: Sendable, Equatable {
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add by expansion over a whole document (the "billion laughs" guard).
    public var maxAliasExpansion: Int
    /// Most nodes in one document, counting expanded aliases.
    public var maxNodes: Int

    public init(maxDepth: Int = 256, maxAliasExpansion: Int = 100_000, maxNodes: Int = 20_000_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxNodes = maxNodes
    }

    public static let `default` = YAMLLimits()
}
