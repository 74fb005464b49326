import Foundation
import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// Vale's own fixtures (`Tests/Conformance/vale-testdata`): every scenario whose fixture was
/// copied and whose step is a plain "lint this folder", linted with the fixture's config and
/// compared line by line with Vale's output.
@Suite struct ValeTestdataConformanceTests {
    static let base = PackagePaths.conformance.appending(path: "vale-testdata")

    @Test func scenarios() throws {
        let file = try ValeScenarioFile.load(Self.base.appending(path: "expected-alerts.json"))
        var outcomes: [ScenarioOutcome] = []
        for scenario in file.scenarios {
            if let outcome = try ValeScenarioRunner.run(scenario, base: Self.base) { outcomes.append(outcome) }
        }
        let report = ConformanceReport(suite: "vale-testdata", outcomes: outcomes, known: ValeTestdataKnownDifferences.all)
        print(report.summary)
        for line in report.details { print(line) }
        report.check()
    }
}
