import LaunchKitCore

/// The readiness score: the share of the points at stake that the kit earned, out of 100.
///
///     score = ⌊ 100 × earned ÷ possible ⌋
///
/// - `possible` adds the points of every applicable family (see ``CheckFamily``) and the weight of
///   every check another stage added.
/// - `earned` adds, per family, its points × passed checks ÷ checks, and the weight of every
///   passed check of another stage.
/// - Families that do not apply count in neither sum, so a kit without competitors is scored on
///   what it has. Other stages' checks count with their own `weight` (negative weights count 0).
/// - Rounded down, so a score never looks better than it is: 79.9 is 79, and fails a gate of 80.
/// - With nothing at stake (possible is 0) the score is 0: nothing shows the launch is ready.
struct ReadinessScore: Hashable, Sendable {
    var earned: Double
    var possible: Double
    /// 0–100.
    var value: Int

    init(families: [FamilyResult], external: [ReadinessCheck]) {
        earned = families.reduce(0) { $0 + $1.earned } + external.filter(\.passed).reduce(0) { $0 + Self.weight($1) }
        possible = families.reduce(0) { $0 + $1.possible } + external.reduce(0) { $0 + Self.weight($1) }
        // The epsilon keeps 100 × 0.8 from flooring to 79 through binary rounding.
        value = possible > 0 ? min(100, Int((100 * earned / possible + 1e-9).rounded(.down))) : 0
    }

    /// The weight another stage's check counts with.
    static func weight(_ check: ReadinessCheck) -> Double {
        check.weight.isFinite ? max(0, check.weight) : 0
    }

    /// Points lost: what the score would gain if everything passed.
    var lost: Double { possible - earned }
}
