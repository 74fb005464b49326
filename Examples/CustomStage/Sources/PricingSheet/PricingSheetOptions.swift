import LaunchKitCore

/// The `with:` of a `pricing-sheet` entry.
public struct PricingSheetOptions: Decodable, Sendable {
    /// The price list, relative to the config.
    public var prices: InputPath
    /// Numbers of units to quote on every plan, so a rep can answer "what would 50 cost?".
    public var quoteSizes: [Int]

    public static let defaultQuoteSizes = [10, 50, 200]

    public init(prices: InputPath = InputPath("pricing.yml"), quoteSizes: [Int] = defaultQuoteSizes) {
        self.prices = prices
        self.quoteSizes = quoteSizes
    }

    enum CodingKeys: String, CodingKey {
        case prices
        case quoteSizes = "quote-sizes"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        prices = try container.decodeIfPresent(InputPath.self, forKey: .prices) ?? InputPath("pricing.yml")
        quoteSizes = try container.decodeIfPresent([Int].self, forKey: .quoteSizes) ?? Self.defaultQuoteSizes
        if let size = quoteSizes.first(where: { $0 < 1 }) {
            throw DecodingError.dataCorruptedError(forKey: .quoteSizes, in: container, debugDescription: "expected quote sizes of 1 or more, found \(size)")
        }
    }
}
