/// The verdict that decides the build's exit code: the readiness score against its threshold.
public struct ReadinessGate: Hashable, Sendable, Codable {
    /// 0–100.
    public var score: Double
    /// The score below which the gate fails; nil when no threshold is set (the gate then fails
    /// only on blocking checks).
    public var threshold: Double?
    /// Ids of failed blocking checks: any of them fails the gate whatever the score.
    public var blockingFailures: [String]

    public init(score: Double, threshold: Double?, blockingFailures: [String] = []) {
        self.score = score
        self.threshold = threshold
        self.blockingFailures = blockingFailures
    }

    public var passed: Bool {
        blockingFailures.isEmpty && (threshold.map { score >= $0 } ?? true)
    }

    enum CodingKeys: String, CodingKey {
        case score, threshold, passed
        case blockingFailures = "blocking_failures"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        score = try container.decode(Double.self, forKey: .score)
        threshold = try container.decodeIfPresent(Double.self, forKey: .threshold)
        blockingFailures = try container.decodeIfPresent([String].self, forKey: .blockingFailures) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encodeIfPresent(threshold, forKey: .threshold)
        try container.encode(passed, forKey: .passed)
        try container.encode(blockingFailures, forKey: .blockingFailures)
    }
}
