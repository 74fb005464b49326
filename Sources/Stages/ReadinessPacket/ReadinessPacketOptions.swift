import LaunchKitCore

/// What `readiness-packet` reads from its `with:` mapping.
public struct ReadinessPacketOptions: Decodable, Sendable, Equatable {
    /// The launch checklist (`checklist.yml`); without one, every item the tier requires counts as
    /// missing.
    public var checklist: InputPath?
    /// The score below which the gate fails; `--fail-under` on the command line wins over it.
    public var failUnder: Double?
    /// How many findings README.md lists, most severe first.
    public var topFindings: Int

    public static let defaultTopFindings = 10

    public init(checklist: InputPath? = nil, failUnder: Double? = nil, topFindings: Int = defaultTopFindings) {
        self.checklist = checklist
        self.failUnder = failUnder
        self.topFindings = topFindings
    }

    enum CodingKeys: String, CodingKey {
        case checklist
        case failUnder = "fail-under"
        case topFindings = "top-findings"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        checklist = try container.decodeIfPresent(InputPath.self, forKey: .checklist)
        failUnder = try container.decodeIfPresent(Percentage.self, forKey: .failUnder)?.value
        topFindings = try container.decodeIfPresent(Count.self, forKey: .topFindings)?.value ?? Self.defaultTopFindings
    }

    /// A number from 0 to 100, checked where it is written so the error points at it.
    private struct Percentage: Decodable {
        var value: Double

        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Double.self)
            guard (0...100).contains(value) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath, debugDescription: "expected a number from 0 to 100, found \(ReadinessText.oneDecimal(value))"))
            }
        }
    }

    /// A whole number of at least 0.
    private struct Count: Decodable {
        var value: Int

        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Int.self)
            guard value >= 0 else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected 0 or more, found \(value)"))
            }
        }
    }
}
