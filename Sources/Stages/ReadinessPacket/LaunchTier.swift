/// A launch tier and the checklist items every launch of that size must have done.
///
/// Tiers follow the usual product-marketing practice of sizing launches: the bigger the launch, the
/// more stakeholders must be ready, so a tier requires everything a smaller tier requires plus its
/// own items. Items are named by checklist item id, so a team's `checklist.yml` satisfies them by
/// using the same ids.
struct LaunchTier: Hashable, Sendable {
    /// 1 (major launch), 2 or 3 (minor update), as written in `release.tier`.
    var number: Int
    /// How a marketer names it ("major launch").
    var name: String
    /// What kind of release this tier is for.
    var summary: String

    /// The three tiers, biggest first.
    static let all: [LaunchTier] = [
        LaunchTier(number: 1, name: "major launch", summary: "a new product, a major version or new pricing: press, analysts and every channel are involved"),
        LaunchTier(number: 2, name: "feature launch", summary: "a significant feature existing customers and the field must hear about"),
        LaunchTier(number: 3, name: "minor update", summary: "improvements and fixes: customers and support need to know, the market does not"),
    ]

    /// The tier numbered `number`, or nil outside 1...3.
    static func numbered(_ number: Int) -> LaunchTier? {
        all.first { $0.number == number }
    }

    /// The built-in items required at this tier: those whose `requiredFrom` is this tier or a
    /// smaller launch's.
    var requiredItems: [RequiredItem] {
        RequiredItem.builtIn.filter { $0.isRequired(atTier: number) }
    }
}

/// A checklist item a launch tier requires by default.
///
/// `requiredFrom` names the smallest launch that needs it: `3` means every launch, `1` only major
/// launches. A checklist item with the same id may set its own `required-from` to change this.
struct RequiredItem: Hashable, Sendable {
    var id: String
    var title: String
    var requiredFrom: Int

    /// Whether a launch of `tier` needs this item (tier 1 is the biggest launch).
    func isRequired(atTier tier: Int) -> Bool {
        tier <= requiredFrom
    }

    /// The default set, in the order a launch usually gets them done.
    static let builtIn: [RequiredItem] = [
        RequiredItem(id: "release-notes", title: "Release notes published", requiredFrom: 3),
        RequiredItem(id: "support-readiness", title: "Support trained and help articles updated", requiredFrom: 3),
        RequiredItem(id: "pricing-approved", title: "Pricing and packaging approved", requiredFrom: 2),
        RequiredItem(id: "sales-training", title: "Sales team trained on the release", requiredFrom: 2),
        RequiredItem(id: "partner-briefing", title: "Channel partners briefed", requiredFrom: 2),
        RequiredItem(id: "website-update", title: "Website and product pages updated", requiredFrom: 2),
        RequiredItem(id: "launch-blog-post", title: "Launch blog post scheduled", requiredFrom: 2),
        RequiredItem(id: "press-release", title: "Press release approved and scheduled", requiredFrom: 1),
        RequiredItem(id: "analyst-briefing", title: "Industry analysts briefed", requiredFrom: 1),
        RequiredItem(id: "customer-references", title: "Customer references ready to speak", requiredFrom: 1),
    ]
}
