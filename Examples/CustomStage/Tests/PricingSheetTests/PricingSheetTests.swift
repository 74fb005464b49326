import Foundation
import LaunchKitCore
import PricingSheet
import Testing

/// The stage runs over a temporary kit directory, as `launchkit build` would run it; nothing is
/// written but the input file.
@Suite struct PricingSheetTests {
    static let release = Release(product: "CloudGuard", version: "2.0", date: CalendarDate("2026-12-01")!, tier: 1)

    func run(_ pricing: String, quoteSizes: [Int] = [10, 200]) async throws -> Kit {
        let directory = FileManager.default.temporaryDirectory.appending(path: "pricing-sheet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(pricing.utf8).write(to: directory.appending(path: "pricing.yml"))
        let context = StageContext(
            stageID: "pricing-sheet", inputs: InputReader(root: directory, workingDirectory: directory.path), environment: PipelineEnvironment(),
            configFile: "launchkit.yml", entryLocation: nil, templates: try TemplateLibrary(defaults: [:], overrideFiles: [:]))
        var kit = Kit(release: Self.release)
        try await PricingSheetStage(options: PricingSheetOptions(quoteSizes: quoteSizes)).run(&kit, in: context)
        return kit
    }

    static let prices = """
        currency: USD
        annual-discount: 15
        plans:
          - id: starter
            name: Starter
            price: 12
            unit: workload
            minimum: 25
            for: Teams securing their first cloud accounts
            includes: [Misconfiguration scanning, Weekly risk report]
          - id: growth
            name: Growth
            price: 18.50
            unit: workload
            minimum: 100
            for: Security teams that fix risk across many accounts
          - id: enterprise
            name: Enterprise
            price: custom
            unit: workload
        """

    @Test func writesTheSheetForRepsAndTheDeskWithQuotes() async throws {
        let kit = try await run(Self.prices)
        #expect(kit.artifacts.map(\.path) == ["pricing.md", "pricing.csv"])
        #expect(kit.artifacts[0].contents == """
            # CloudGuard 2.0 pricing

            Prices are in USD, per unit per month. Paying a year up front takes 15% off.

            ## Plans

            | Plan | Price | Minimum | For |
            | --- | --- | --- | --- |
            | Starter | $12 per workload per month | 25 workloads | Teams securing their first cloud accounts |
            | Growth | $18.50 per workload per month | 100 workloads | Security teams that fix risk across many accounts |
            | Enterprise | Custom quote | 1 workload |  |

            ### Starter

            Teams securing their first cloud accounts.

            - Misconfiguration scanning
            - Weekly risk report

            ## Example quotes

            What a year costs, paid up front (15% off). Below a plan's minimum, the minimum is quoted.

            | Workloads | Starter | Growth | Enterprise |
            | ---: | ---: | ---: | ---: |
            | 10 | $3,060 | $18,870 | Ask the deal desk |
            | 200 | $24,480 | $37,740 | Ask the deal desk |

            """)
        #expect(kit.artifacts[1].contents == [
            "plan,name,price,currency,unit,period,minimum,for,annual_quote_10,annual_quote_200",
            "starter,Starter,12.00,USD,workload,month,25,Teams securing their first cloud accounts,3060.00,24480.00",
            "growth,Growth,18.50,USD,workload,month,100,Security teams that fix risk across many accounts,18870.00,37740.00",
            "enterprise,Enterprise,custom,USD,workload,month,1,,,",
        ].joined(separator: "\r\n") + "\r\n")
    }

    @Test func aPlanWithoutAudienceIsFoundAndFailsTheCheck() async throws {
        let kit = try await run(Self.prices)
        #expect(kit.findings.map { DiagnosticFormatter.headline($0) } == [
            "pricing.yml:17:5: suggestion: plan 'enterprise' does not say whom it is for [pricing-sheet.audience]",
        ])
        #expect(kit.checks.map { "\($0.id) \($0.passed) \($0.detail ?? "")" } == ["pricing-audience false missing for 'enterprise'"])
    }

    @Test func plansCheaperThanAnEarlierOneAreFlagged() async throws {
        let kit = try await run("""
            plans:
              - { id: pro, name: Pro, price: 30, for: Big teams }
              - { id: basic, name: Basic, price: 10, for: Small teams }
            """, quoteSizes: [])
        #expect(kit.findings.map { DiagnosticFormatter.headline($0) } == [
            "pricing.yml:3:5: warning: plan 'basic' costs less per seat than 'pro', which is listed before it [pricing-sheet.order]",
        ])
        #expect(!kit.artifacts[0].contents.contains("Example quotes"))
    }

    @Test func badPricesAreInputErrorsAtTheirLine() async throws {
        await #expect {
            _ = try await run("plans:\n  - { id: pro, name: Pro, price: 30 USD }\n")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.map { DiagnosticFormatter.headline($0) }
                == ["pricing.yml:2:34: error: 'plans[0].price': expected a price such as 49 or 49.50, or 'custom', found '30 USD' [yaml.schema]"]
        }
    }

    @Test func moneyParsesAndRoundsToTheCent() {
        #expect(Money("49")?.cents == 4900)
        #expect(Money("49.5")?.cents == 4950)
        #expect(Money("0.05")?.cents == 5)
        #expect(Money("-1") == nil && Money("1.234") == nil && Money("1e3") == nil && Money("") == nil)
        #expect(Money(cents: 1999).discounted(byPercent: 15) == Money(cents: 1699))
        #expect(Money(cents: 123_456_700).formatted(in: "EUR") == "€1,234,567")
        #expect(Money(cents: 1205).formatted(in: "CHF") == "CHF 12.05")
    }
}
