/// A competitor, as a battlecard needs it: where they are strong, where they are weak, and what a
/// rep says when a buyer brings them up.
public struct Competitor: Hashable, Sendable, Codable {
    public struct Objection: Hashable, Sendable, Codable {
        public var objection: String
        public var answer: String

        public init(objection: String, answer: String) {
            self.objection = objection
            self.answer = answer
        }
    }

    public var id: String
    public var name: String
    public var positioning: String?
    public var strengths: [String]
    public var weaknesses: [String]
    public var whyWeWin: [String]
    /// Questions that expose a weakness of the competitor early in a deal.
    public var landmines: [String]
    public var objections: [Objection]
    /// One-line answers to the competitor's favourite claims.
    public var quickDismissals: [String]
    public var pricingNotes: String?
    public var source: SourceLocation?

    public init(
        id: String, name: String, positioning: String? = nil, strengths: [String] = [], weaknesses: [String] = [],
        whyWeWin: [String] = [], landmines: [String] = [], objections: [Objection] = [], quickDismissals: [String] = [],
        pricingNotes: String? = nil, source: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.positioning = positioning
        self.strengths = strengths
        self.weaknesses = weaknesses
        self.whyWeWin = whyWeWin
        self.landmines = landmines
        self.objections = objections
        self.quickDismissals = quickDismissals
        self.pricingNotes = pricingNotes
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, name, positioning, strengths, weaknesses
        case whyWeWin = "why_we_win"
        case landmines, objections
        case quickDismissals = "quick_dismissals"
        case pricingNotes = "pricing_notes"
        case source
    }
}
