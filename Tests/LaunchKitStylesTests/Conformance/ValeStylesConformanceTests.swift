import Foundation
import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// The style packages' own fixtures (`Tests/Conformance/vale-styles`). Microsoft and Google still
/// run theirs in CI, so their expectations are exact; write-good, proselint and alex last ran on
/// Vale 2 and their rules changed since, so their expectations are "must at least contain" and
/// extra alerts are listed for review (see that folder's README).
@Suite struct ValeStylesConformanceTests {
    static let base = PackagePaths.conformance.appending(path: "vale-styles")

    static func outcomes(_ package: String, exact: Bool) throws -> [ScenarioOutcome] {
        let folder = base.appending(path: package)
        let file = try ValeScenarioFile.load(folder.appending(path: "expected-alerts.json"))
        var outcomes: [ScenarioOutcome] = []
        for scenario in file.scenarios {
            guard var outcome = try ValeScenarioRunner.run(scenario, base: folder) else { continue }
            if !exact { outcome.exact = false }
            outcomes.append(outcome)
        }
        return outcomes
    }

    @Test(arguments: [("Microsoft", true), ("Google", true), ("write-good", false), ("proselint", false), ("alex", false)])
    func package(_ name: String, _ exact: Bool) throws {
        let outcomes = try Self.outcomes(name, exact: exact)
        let report = ConformanceReport(suite: "vale-styles/\(name)", outcomes: outcomes, known: ValeStylesKnownDifferences.all[name] ?? [])
        print(report.summary)
        for line in report.details { print(line) }
        if !exact {
            for outcome in outcomes {
                for line in outcome.produced.subtracting(outcome.expected).sorted() { print("  REVIEW  [\(outcome.scenario)] \(line)") }
            }
        }
        report.check()
    }
}
