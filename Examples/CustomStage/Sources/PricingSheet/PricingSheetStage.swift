import LaunchKitCore

/// `pricing-sheet`: turns the release's price list into a pricing sheet for sales.
///
/// Input: `pricing.yml` (see ``PriceList``): currency, billing period, annual discount and plans.
/// Output: `pricing.md`, with the plans, what each includes and example yearly quotes at the sizes
/// reps are asked about most, and `pricing.csv` with the same numbers for the deal desk.
/// Findings: a plan that does not say whom it is for; a plan cheaper per unit than one listed before
/// it (plans read as a ladder). Check: every plan says whom it is for.
public struct PricingSheetStage: Stage {
    public static let description = StageDescription(
        id: "pricing-sheet",
        summary: "Writes a pricing sheet (pricing.md and pricing.csv) with example quotes from pricing.yml.",
        discussion: """
            Reads the price list (currency, period, annual discount, plans with price, unit, minimum, \
            audience and what they include) and writes pricing.md for reps and pricing.csv for the deal \
            desk. Example quotes show what a year costs at each of 'quote-sizes' units, after the annual \
            discount and never below a plan's minimum. Plans priced 'custom' say 'Ask the deal desk'.
            """,
        adds: ["pricing"],
        options: [
            StageOption("prices", type: "path", default: "pricing.yml", "The price list."),
            StageOption("quote-sizes", type: "list of integers", default: "[10, 50, 200]", "Numbers of units to quote on every plan."),
        ],
        example: "- uses: pricing-sheet\n  with: { prices: pricing.yml, quote-sizes: [10, 50, 200] }"
    )

    let options: PricingSheetOptions

    public init(options: PricingSheetOptions) {
        self.options = options
    }

    public func run(_ kit: inout Kit, in context: StageContext) async throws {
        let (_, prices) = try context.inputs.decode(PriceList.self, from: options.prices)
        let sheet = PricingSheet(release: kit.release, prices: prices, quoteSizes: options.quoteSizes)
        try kit.addArtifact(Artifact(path: "pricing.md", contents: sheet.markdown(), kind: "pricing", title: "Pricing sheet", stage: context.stageID))
        try kit.addArtifact(Artifact(path: "pricing.csv", contents: sheet.csv(), kind: "pricing", title: "Pricing sheet (CSV)", stage: context.stageID))

        let unplaced = prices.plans.filter { ($0.audience ?? "").isEmpty }
        for plan in unplaced {
            kit.findings.append(Diagnostic(
                .suggestion, "plan '\(plan.id)' does not say whom it is for", at: plan.location, rule: "pricing-sheet.audience",
                suggestion: "add 'for:' with one line a rep can say, such as 'Teams that start with one cloud account'",
                subject: Subject("plan", plan.id)))
        }
        var cheapest: (plan: PriceList.Plan, price: Money)?
        for plan in prices.plans {
            guard case .amount(let price) = plan.price else { continue }
            if let previous = cheapest, price < previous.price {
                kit.findings.append(Diagnostic(
                    .warning, "plan '\(plan.id)' costs less per \(plan.unit) than '\(previous.plan.id)', which is listed before it",
                    at: plan.location, rule: "pricing-sheet.order", suggestion: "list plans from the smallest to the largest",
                    subject: Subject("plan", plan.id)))
            }
            if cheapest == nil || price > cheapest!.price { cheapest = (plan, price) }
        }
        kit.checks.append(ReadinessCheck(
            id: "pricing-audience", title: "Every plan says whom it is for", passed: unplaced.isEmpty,
            detail: unplaced.isEmpty ? "\(prices.plans.count) plans" : "missing for " + unplaced.map { "'\($0.id)'" }.joined(separator: ", "),
            stage: context.stageID))
    }
}
