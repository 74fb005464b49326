/// A kind of content a stage needs from the kit or adds to it.
///
/// The pipeline checks, before anything runs, that every stage's needs are added by an earlier
/// stage. Capabilities are open strings so third-party stages can declare their own.
public struct KitCapability: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: KitCapability, rhs: KitCapability) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let buyerPersonas: KitCapability = "buyer-personas"
    public static let channelPersonas: KitCapability = "channel-personas"
    public static let messages: KitCapability = "messages"
    public static let glossary: KitCapability = "glossary"
    public static let findings: KitCapability = "findings"
    public static let competitors: KitCapability = "competitors"
    public static let sheets: KitCapability = "sheets"
    public static let checks: KitCapability = "checks"
}
