/// What a finding, artifact or check is about: a message, a persona, a competitor, a channel.
///
/// It lets later stages group results ("findings for the CISO persona") without parsing messages
/// or locations.
public struct Subject: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var kind: Kind
    public var id: String

    public struct Kind: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }
        public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        public static let buyerPersona: Kind = "buyer-persona"
        public static let channelPersona: Kind = "channel-persona"
        public static let message: Kind = "message"
        public static let competitor: Kind = "competitor"
        public static let glossaryTerm: Kind = "glossary-term"
        public static let release: Kind = "release"
    }

    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(kind.rawValue):\(id)" }

    public static func < (lhs: Subject, rhs: Subject) -> Bool { (lhs.kind, lhs.id) < (rhs.kind, rhs.id) }
}
