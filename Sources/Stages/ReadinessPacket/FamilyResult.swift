import LaunchKitCore

/// A family's checks as evaluated on one kit, or why the family does not apply to it.
struct FamilyResult: Sendable {
    var family: CheckFamily
    /// One check per subject, each weighing the family's points divided by the number of subjects.
    /// Empty when the family is not applicable.
    var checks: [ReadinessCheck]
    /// Why the family does not count, in a sentence; nil when it applies.
    var notApplicableReason: String?

    /// A family that applies: its points are shared among `checks`.
    init(_ family: CheckFamily, checks: [ReadinessCheck]) {
        self.family = family
        let weight = checks.isEmpty ? 0 : family.points / Double(checks.count)
        self.checks = checks.map { check in
            var check = check
            check.weight = weight
            check.blocking = family.blocking
            return check
        }
        notApplicableReason = checks.isEmpty ? family.notApplicable : nil
    }

    /// A family that does not apply to this kit.
    init(_ family: CheckFamily, notApplicable reason: String) {
        self.family = family
        checks = []
        notApplicableReason = reason
    }

    var isApplicable: Bool { notApplicableReason == nil }
    var passed: [ReadinessCheck] { checks.filter(\.passed) }
    var failed: [ReadinessCheck] { checks.filter { !$0.passed } }
    /// Points earned: the family's share for each passed check (computed from counts, so four
    /// passed checks of 2.5 points are exactly 10).
    var earned: Double { checks.isEmpty ? 0 : family.points * Double(passed.count) / Double(checks.count) }
    /// Points at stake: the family's points when it applies, else 0.
    var possible: Double { isApplicable ? family.points : 0 }
}
