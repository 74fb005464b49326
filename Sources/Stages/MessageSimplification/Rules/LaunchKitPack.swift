/// The built-in `launchkit` style pack: the rules every kit gets unless its `styles:` leaves the
/// pack out.
///
/// Rules a Vale style can express are Vale YAML, shipped inside the binary as text (a copied
/// `launchkit` needs no files beside it) and run by the same style engine as a user's own Vale
/// styles; users can read them here and copy them into a style folder to change them. Rules that
/// need the kit (the glossary, the message's personas, its benefit and proof) are Swift.
public enum LaunchKitPack {
    /// The name users write in `styles:` and the style part of every rule id.
    public static let styleName = "launchkit"

    /// The default word limit of `launchkit.SentenceLength`.
    public static let defaultMaxSentenceWords = SentenceLengthRule.defaultMaxWords

    /// The Vale rules, in the order they run.
    static let valeRules: [RuleDescription] = [
        HedgingRule.description, BuzzwordsRule.description, CorporateSpeakRule.description,
        PassiveVoiceRule.description, SentenceLengthRule.description,
    ]

    /// The kit-aware rules, in the order they run.
    static let kitRules: [any MessageRule.Type] = [
        JargonRule.self, AcronymRule.self, BenefitRule.self, ProofPointRule.self, GradeLevelRule.self,
    ]

    /// Every rule of the pack, Vale rules first.
    public static var rules: [RuleDescription] {
        valeRules + kitRules.map { $0.description }
    }

    /// The Vale rules' YAML with the word limit of `launchkit.SentenceLength` applied.
    static func valeRuleYAML(maxSentenceWords: Int) -> [(description: RuleDescription, yaml: String)] {
        valeRules.map { rule in
            (rule, rule.id == SentenceLengthRule.description.id ? SentenceLengthRule.yaml(maxWords: maxSentenceWords) : rule.yaml ?? "")
        }
    }
}
