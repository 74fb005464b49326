/// One line of the readiness verdict: a condition the launch must meet, whether it does, and how
/// much it counts towards the score.
public struct ReadinessCheck: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var passed: Bool
    /// Relative weight in the readiness score.
    public var weight: Double
    /// Why it failed, or what was counted ("3 of 4 personas have a one-pager").
    public var detail: String?
    /// A failed blocking check fails the gate whatever the score.
    public var blocking: Bool
    public var subject: Subject?
    /// The stage that added it.
    public var stage: String

    public init(id: String, title: String, passed: Bool, weight: Double = 1, detail: String? = nil, blocking: Bool = false, subject: Subject? = nil, stage: String) {
        self.id = id
        self.title = title
        self.passed = passed
        self.weight = weight
        self.detail = detail
        self.blocking = blocking
        self.subject = subject
        self.stage = stage
    }
}
