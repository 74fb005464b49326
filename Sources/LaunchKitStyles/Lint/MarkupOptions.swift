/// How Markdown is reduced to prose, from a Vale config's core options.
public struct MarkupOptions: Sendable, Equatable {
    /// Tags whose content is not linted (`SkippedScopes`).
    public var skippedTags: [String]
    /// Inline tags whose text is masked (`IgnoredScopes`).
    public var ignoredTags: [String]
    /// Classes whose element is skipped or masked (`IgnoredClasses`, added to Vale's own).
    public var ignoredClasses: [String]
    /// Regexes whose matches are treated as code blocks (`BlockIgnores`).
    public var blockIgnores: [String]
    /// Regexes whose matches are treated as inline code (`TokenIgnores`).
    public var tokenIgnores: [String]

    public init(
        skippedTags: [String] = ["script", "style", "pre", "figure", "noscript", "iframe"], ignoredTags: [String] = ["tt", "code", "kbd"],
        ignoredClasses: [String] = [], blockIgnores: [String] = [], tokenIgnores: [String] = []
    ) {
        self.skippedTags = skippedTags
        self.ignoredTags = ignoredTags
        self.ignoredClasses = ignoredClasses
        self.blockIgnores = blockIgnores
        self.tokenIgnores = tokenIgnores
    }

    var walker: MarkupWalker.Options {
        MarkupWalker.Options(skippedTags: skippedTags, ignoredClasses: ignoredClasses, ignoredTags: ignoredTags,
                             lintsAltText: !skippedTags.contains("alt"))
    }
}
