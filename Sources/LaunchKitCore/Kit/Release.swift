/// The release a packet is for: what ships, when, and how big a launch it is.
public struct Release: Hashable, Sendable, Codable {
    public var product: String
    public var version: String
    public var date: CalendarDate
    /// Launch tier: 1 is a major launch, 3 a minor update. The tier decides which readiness items
    /// are required.
    public var tier: Int
    /// The one-line pitch that opens the cheat sheet and the packet index.
    public var pitch: String?
    /// What is new in this release, one line each.
    public var highlights: [String]

    public init(product: String, version: String, date: CalendarDate, tier: Int, pitch: String? = nil, highlights: [String] = []) {
        self.product = product
        self.version = version
        self.date = date
        self.tier = tier
        self.pitch = pitch
        self.highlights = highlights
    }

    enum CodingKeys: String, CodingKey {
        case product, version, date, tier, pitch, highlights
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        product = try container.decode(String.self, forKey: .product)
        version = try container.decode(String.self, forKey: .version)
        date = try container.decode(CalendarDate.self, forKey: .date)
        tier = try container.decodeIfPresent(TierValue.self, forKey: .tier)?.value ?? 2
        pitch = try container.decodeIfPresent(String.self, forKey: .pitch)
        highlights = try container.decodeIfPresent([String].self, forKey: .highlights) ?? []
    }

    /// Validates the tier where it is decoded, so an error points at the tier itself.
    private struct TierValue: Decodable {
        var value: Int

        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Int.self)
            guard (1...3).contains(value) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "launch tier must be 1, 2 or 3, found \(value)"))
            }
        }
    }

    /// The release's display name, `CloudGuard 2.0`.
    public var title: String { "\(product) \(version)" }
}
