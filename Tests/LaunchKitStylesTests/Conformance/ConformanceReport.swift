import Foundation
import Testing

/// An alert line LaunchKit does not reproduce (or produces where Vale does not), with why.
struct KnownDifference {
    enum Kind { case missing, extra }
    var kind: Kind
    var scenario: String
    var line: String
    var reason: String
}

/// Counts for a conformance suite, and the check that nothing regressed: every expected alert
/// is reproduced unless it is listed as a known difference, and no alert appears where Vale
/// prints none unless that is listed too.
struct ConformanceReport {
    var suite: String
    var outcomes: [ScenarioOutcome]
    var known: [KnownDifference]

    var expectedCount: Int { outcomes.reduce(0) { $0 + $1.expected.count } }
    var reproducedCount: Int { outcomes.reduce(0) { $0 + $1.reproduced.count } }
    var fullScenarios: Int { outcomes.filter { $0.missing.isEmpty && $0.extra.isEmpty }.count }

    private func isKnown(_ kind: KnownDifference.Kind, _ scenario: String, _ line: String) -> Bool {
        known.contains { $0.kind == kind && $0.scenario == scenario && $0.line == line }
    }

    var unexpectedMissing: [(String, String)] {
        outcomes.flatMap { outcome in outcome.missing.sorted().filter { !isKnown(.missing, outcome.scenario, $0) }.map { (outcome.scenario, $0) } }
    }

    var unexpectedExtra: [(String, String)] {
        outcomes.flatMap { outcome in outcome.extra.sorted().filter { !isKnown(.extra, outcome.scenario, $0) }.map { (outcome.scenario, $0) } }
    }

    /// Known differences that no longer happen: the list should shrink.
    var resolved: [KnownDifference] {
        known.filter { difference in
            guard let outcome = outcomes.first(where: { $0.scenario == difference.scenario }) else { return true }
            return difference.kind == .missing ? !outcome.missing.contains(difference.line) : !outcome.extra.contains(difference.line)
        }
    }

    /// Reproduced and expected alerts per fixture family, such as `checks 40/57`.
    var groups: String {
        var order: [String] = []
        var counts: [String: (Int, Int)] = [:]
        for outcome in outcomes where !outcome.group.isEmpty {
            if counts[outcome.group] == nil { order.append(outcome.group) }
            let current = counts[outcome.group, default: (0, 0)]
            counts[outcome.group] = (current.0 + outcome.reproduced.count, current.1 + outcome.expected.count)
        }
        return order.sorted().map { "\($0) \(counts[$0]!.0)/\(counts[$0]!.1)" }.joined(separator: ", ")
    }

    var summary: String {
        let extras = outcomes.reduce(0) { $0 + $1.extra.count }
        let families = groups.isEmpty ? "" : "; \(groups)"
        return "\(suite): \(reproducedCount) of \(expectedCount) expected alerts reproduced (\(fullScenarios)/\(outcomes.count) scenarios exact, \(extras) extra alerts, \(known.count) known differences\(families))"
    }

    var details: [String] {
        var lines: [String] = []
        for (scenario, line) in unexpectedMissing { lines.append("  MISSING [\(scenario)] \(line)") }
        for (scenario, line) in unexpectedExtra { lines.append("  EXTRA   [\(scenario)] \(line)") }
        for difference in resolved { lines.append("  RESOLVED (remove from the known list) [\(difference.scenario)] \(difference.line)") }
        return lines
    }

    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(unexpectedMissing.isEmpty, "\(suite): expected alerts no longer reproduced:\n\(unexpectedMissing.map { "[\($0.0)] \($0.1)" }.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(unexpectedExtra.isEmpty, "\(suite): alerts Vale does not print:\n\(unexpectedExtra.map { "[\($0.0)] \($0.1)" }.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
}
