import LaunchKitCore

/// Everything the stage concluded about a kit: each family's checks, the checks other stages
/// added, the score and the gate. The pages and summary.json are views of this one value.
struct ReadinessAssessment: Sendable {
    /// The stage that made this assessment: its checks carry this id.
    var stageID: String
    var release: Release
    var tier: LaunchTier
    var requirements: TierRequirements
    var families: [FamilyResult]
    /// Checks added by other stages, in the order they were added.
    var external: [ReadinessCheck]
    var score: ReadinessScore
    var gate: ReadinessGate
    /// Check id to its family's index in `families`, so pages look families up in constant time.
    private let familyIndex: [String: Int]

    init(stageID: String, release: Release, tier: LaunchTier, requirements: TierRequirements, families: [FamilyResult], external: [ReadinessCheck], threshold: Double?) {
        self.stageID = stageID
        self.release = release
        self.tier = tier
        self.requirements = requirements
        self.families = families
        self.external = external
        score = ReadinessScore(families: families, external: external)
        let blocking = (families.flatMap(\.checks) + external).filter { $0.blocking && !$0.passed }.map(\.id)
        gate = ReadinessGate(score: Double(score.value), threshold: threshold, blockingFailures: blocking)
        var familyIndex: [String: Int] = [:]
        for (index, result) in families.enumerated() {
            for check in result.checks { familyIndex[check.id] = index }
        }
        self.familyIndex = familyIndex
    }

    /// This stage's checks, family by family.
    var ownChecks: [ReadinessCheck] { families.flatMap(\.checks) }

    /// Every check that counts: this stage's, then other stages'.
    var allChecks: [ReadinessCheck] { ownChecks + external }

    /// Failed checks that fail the gate on their own.
    var blockers: [ReadinessCheck] { allChecks.filter { $0.blocking && !$0.passed } }

    /// The family a check of this stage belongs to; nil for other stages' checks.
    func family(of check: ReadinessCheck) -> FamilyResult? {
        guard check.stage == stageID, let index = familyIndex[check.id] else { return nil }
        return families[index]
    }

    /// Whether the score alone fails the gate.
    var isBelowThreshold: Bool {
        gate.threshold.map { gate.score < $0 } ?? false
    }
}
