import LaunchKitCore
import LaunchKitYAML

/// The contents of `pricing.yml`: the plans a release is sold in, what each costs per unit, and
/// the discount for paying a year up front.
///
/// ```yaml
/// currency: USD            # ISO 4217 code
/// period: month            # the price is per unit per 'month' or per 'year'
/// annual-discount: 15      # percent off for paying a year up front
/// plans:
///   - id: starter
///     name: Starter
///     price: 49            # or 'custom' for a quoted plan
///     unit: workload
///     minimum: 10          # smallest number of units sold
///     for: Teams that start with one cloud account
///     includes: [Attack paths, Jira tickets]
/// ```
public struct PriceList: Decodable, Sendable, Equatable {
    public enum Period: String, Decodable, Sendable {
        case month, year
    }

    public var currency: String
    public var period: Period
    public var annualDiscount: Int
    public var plans: [Plan]

    enum CodingKeys: String, CodingKey {
        case currency, period
        case annualDiscount = "annual-discount"
        case plans
    }

    public init(currency: String = "USD", period: Period = .month, annualDiscount: Int = 0, plans: [Plan]) {
        self.currency = currency
        self.period = period
        self.annualDiscount = annualDiscount
        self.plans = plans
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        currency = try container.decodeIfPresent(String.self, forKey: .currency) ?? "USD"
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw DecodingError.dataCorruptedError(forKey: .currency, in: container, debugDescription: "expected a currency code such as 'USD' or 'EUR', found '\(currency)'")
        }
        period = try container.decodeIfPresent(Period.self, forKey: .period) ?? .month
        annualDiscount = try container.decodeIfPresent(Int.self, forKey: .annualDiscount) ?? 0
        guard (0...90).contains(annualDiscount) else {
            throw DecodingError.dataCorruptedError(forKey: .annualDiscount, in: container, debugDescription: "expected a percentage from 0 to 90, found \(annualDiscount)")
        }
        plans = try container.decode([Plan].self, forKey: .plans)
        if plans.isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .plans, in: container, debugDescription: "expected at least one plan")
        }
    }

    /// One plan of the price list.
    public struct Plan: Decodable, Sendable, Equatable {
        public enum Price: Equatable, Sendable, Decodable {
            /// A list price per unit.
            case amount(Money)
            /// Priced per deal by the deal desk.
            case custom

            /// Decoded on its own so that an error points at the price itself.
            public init(from decoder: any Decoder) throws {
                let written = try decoder.singleValueContainer().decode(String.self)
                if written == "custom" {
                    self = .custom
                } else if let money = Money(written) {
                    self = .amount(money)
                } else {
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: decoder.codingPath, debugDescription: "expected a price such as 49 or 49.50, or 'custom', found '\(written)'"))
                }
            }
        }

        public var id: String
        public var name: String
        public var price: Price
        public var unit: String
        public var minimum: Int
        /// Who the plan is for, in one line a rep can say.
        public var audience: String?
        public var includes: [String]
        /// Where the plan is written, so findings point at it.
        public var location: SourceLocation?

        enum CodingKeys: String, CodingKey {
            case id, name, price, unit, minimum
            case audience = "for"
            case includes
        }

        public init(id: String, name: String, price: Price, unit: String = "seat", minimum: Int = 1, audience: String? = nil, includes: [String] = []) {
            self.id = id
            self.name = name
            self.price = price
            self.unit = unit
            self.minimum = minimum
            self.audience = audience
            self.includes = includes
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            price = try container.decode(Price.self, forKey: .price)
            unit = try container.decodeIfPresent(String.self, forKey: .unit) ?? "seat"
            minimum = try container.decodeIfPresent(Int.self, forKey: .minimum) ?? 1
            guard minimum >= 1 else {
                throw DecodingError.dataCorruptedError(forKey: .minimum, in: container, debugDescription: "expected at least 1, found \(minimum)")
            }
            audience = try container.decodeIfPresent(String.self, forKey: .audience)
            includes = try container.decodeIfPresent([String].self, forKey: .includes) ?? []
            location = decoder.yamlFile.map { SourceLocation(file: $0, mark: decoder.yamlMark) }
        }

        public static func == (lhs: Plan, rhs: Plan) -> Bool {
            lhs.id == rhs.id && lhs.name == rhs.name && lhs.price == rhs.price && lhs.unit == rhs.unit
                && lhs.minimum == rhs.minimum && lhs.audience == rhs.audience && lhs.includes == rhs.includes
        }
    }
}
