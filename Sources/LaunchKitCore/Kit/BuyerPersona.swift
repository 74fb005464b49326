/// An archetypal buyer, after Adele Revella's five rings of buying insight: why they buy now
/// (priority initiatives), what they expect to gain (success factors), why they have not bought from
/// us (perceived barriers), how they compare options (decision criteria) and who is involved in
/// which steps (buyer's journey); plus what a rep and a writer need to reach them.
public struct BuyerPersona: Hashable, Sendable, Codable {
    public enum RoleInPurchase: String, Hashable, Sendable, Codable, CaseIterable {
        case decisionMaker = "decision-maker"
        case influencer
        case user
        case blocker
        case champion
        case economicBuyer = "economic-buyer"

        /// How a sales rep says it.
        public var title: String {
            switch self {
            case .decisionMaker: "Decision maker"
            case .influencer: "Influencer"
            case .user: "User"
            case .blocker: "Blocker"
            case .champion: "Champion"
            case .economicBuyer: "Economic buyer"
            }
        }
    }

    public var id: String
    public var name: String
    public var title: String?
    public var roleInPurchase: RoleInPurchase?
    public var priorityInitiatives: [String]
    public var successFactors: [String]
    public var perceivedBarriers: [String]
    public var decisionCriteria: [String]
    public var buyersJourney: [String]
    public var informationSources: [String]
    public var measuredBy: [String]
    /// The highest reading grade their messages should need (Flesch-Kincaid).
    public var readingLevel: Double?
    /// Glossary terms this persona uses and understands, so they are not jargon to them.
    public var jargonOK: [String]
    /// Questions a rep asks to find out whether this buyer has the problem the release solves.
    public var discoveryQuestions: [String]
    public var notes: String?
    /// Where the persona is defined, so findings about it point at the source.
    public var source: SourceLocation?
    public var completeness: Completeness?

    public init(
        id: String, name: String, title: String? = nil, roleInPurchase: RoleInPurchase? = nil,
        priorityInitiatives: [String] = [], successFactors: [String] = [], perceivedBarriers: [String] = [],
        decisionCriteria: [String] = [], buyersJourney: [String] = [], informationSources: [String] = [],
        measuredBy: [String] = [], readingLevel: Double? = nil, jargonOK: [String] = [], discoveryQuestions: [String] = [],
        notes: String? = nil, source: SourceLocation? = nil, completeness: Completeness? = nil
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.roleInPurchase = roleInPurchase
        self.priorityInitiatives = priorityInitiatives
        self.successFactors = successFactors
        self.perceivedBarriers = perceivedBarriers
        self.decisionCriteria = decisionCriteria
        self.buyersJourney = buyersJourney
        self.informationSources = informationSources
        self.measuredBy = measuredBy
        self.readingLevel = readingLevel
        self.jargonOK = jargonOK
        self.discoveryQuestions = discoveryQuestions
        self.notes = notes
        self.source = source
        self.completeness = completeness
    }

    enum CodingKeys: String, CodingKey {
        case id, name, title
        case roleInPurchase = "role_in_purchase"
        case priorityInitiatives = "priority_initiatives"
        case successFactors = "success_factors"
        case perceivedBarriers = "perceived_barriers"
        case decisionCriteria = "decision_criteria"
        case buyersJourney = "buyers_journey"
        case informationSources = "information_sources"
        case measuredBy = "measured_by"
        case readingLevel = "reading_level"
        case jargonOK = "jargon_ok"
        case discoveryQuestions = "discovery_questions"
        case notes, source, completeness
    }
}

/// How fully a persona is described, as a share of the fields a rep relies on, with what is missing
/// named so someone can fill it in.
///
/// The stage that scores completeness also says what is enough (`minimum`), so every later stage
/// judges "complete enough" the same way instead of each having its own threshold.
public struct Completeness: Hashable, Sendable, Codable {
    /// 0–100.
    public var score: Int
    /// Field names (as written in persona files) that are empty.
    public var missing: [String]
    /// The score a persona needs to count as complete enough (0–100).
    public var minimum: Int

    public init(score: Int, missing: [String], minimum: Int = 80) {
        self.score = score
        self.missing = missing
        self.minimum = minimum
    }

    public var isSufficient: Bool { score >= minimum }
}
