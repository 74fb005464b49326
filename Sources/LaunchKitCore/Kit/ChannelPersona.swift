/// A sales channel as a persona: who sells the product, how they sell, how they are paid, and what
/// this release asks them to change. Channels are "coin-operated": a brief that does not say what is
/// in it for them is not read.
public struct ChannelPersona: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// The kind of channel: direct field sales, inside sales, reseller, MSP, marketplace, ...
    public var channel: String?
    public var salesStyle: String?
    public var measuredBy: [String]
    public var motivations: [String]
    /// What this release asks the channel to do differently (new buyer, new price point, new technology).
    public var changesAsked: [String]
    /// What eases that change: training, a demo, a pricing calculator.
    public var toolsNeeded: [String]
    public var objections: [String]
    /// Who the channel asks for help.
    public var contact: String?
    public var notes: String?
    public var source: SourceLocation?
    public var completeness: Completeness?

    public init(
        id: String, name: String, channel: String? = nil, salesStyle: String? = nil, measuredBy: [String] = [],
        motivations: [String] = [], changesAsked: [String] = [], toolsNeeded: [String] = [], objections: [String] = [],
        contact: String? = nil, notes: String? = nil, source: SourceLocation? = nil, completeness: Completeness? = nil
    ) {
        self.id = id
        self.name = name
        self.channel = channel
        self.salesStyle = salesStyle
        self.measuredBy = measuredBy
        self.motivations = motivations
        self.changesAsked = changesAsked
        self.toolsNeeded = toolsNeeded
        self.objections = objections
        self.contact = contact
        self.notes = notes
        self.source = source
        self.completeness = completeness
    }

    enum CodingKeys: String, CodingKey {
        case id, name, channel
        case salesStyle = "sales_style"
        case measuredBy = "measured_by"
        case motivations
        case changesAsked = "changes_asked"
        case toolsNeeded = "tools_needed"
        case objections, contact, notes, source, completeness
    }
}
