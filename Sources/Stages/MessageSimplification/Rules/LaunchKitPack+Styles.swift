import LaunchKitStyles

extension LaunchKitPack {
    /// The pack's Vale rules as a style the engine runs, named `launchkit`.
    ///
    /// - Parameter maxSentenceWords: the word limit of `launchkit.SentenceLength`.
    /// - Throws: ``StyleLoadError`` only if a built-in rule does not load, which the rule tests rule out.
    public static func stylePack(maxSentenceWords: Int = defaultMaxSentenceWords) throws(StyleLoadError) -> StylePack {
        var files: [String: String] = [:]
        for (description, yaml) in valeRuleYAML(maxSentenceWords: maxSentenceWords) {
            files[description.name + ".yml"] = yaml
        }
        return try StylePack(name: styleName, files: files)
    }
}
