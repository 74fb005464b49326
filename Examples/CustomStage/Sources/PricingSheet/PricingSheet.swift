import LaunchKitCore

/// The pricing sheet of a release as text: `pricing.md` for reps, `pricing.csv` for the deal desk's
/// spreadsheet. Pure functions of the price list, so the output is the same on every machine.
public struct PricingSheet: Sendable {
    public var release: Release
    public var prices: PriceList
    public var quoteSizes: [Int]

    public init(release: Release, prices: PriceList, quoteSizes: [Int]) {
        self.release = release
        self.prices = prices
        self.quoteSizes = quoteSizes
    }

    /// What `units` cost for a year on `plan`, after the annual discount; nil for a custom plan.
    public func annualQuote(_ plan: PriceList.Plan, units: Int) -> Money? {
        guard case .amount(let price) = plan.price else { return nil }
        let year = price * max(units, plan.minimum) * (prices.period == .month ? 12 : 1)
        return year.discounted(byPercent: prices.annualDiscount)
    }

    public func markdown() -> String {
        let currency = prices.currency
        var lines = ["# \(release.title) pricing", ""]
        var intro = "Prices are in \(currency), per unit per \(prices.period.rawValue)."
        if prices.annualDiscount > 0 { intro += " Paying a year up front takes \(prices.annualDiscount)% off." }
        lines += [intro, "", "## Plans", "", "| Plan | Price | Minimum | For |", "| --- | --- | --- | --- |"]
        for plan in prices.plans {
            lines.append("| \(cell(plan.name)) | \(cell(priceText(plan))) | \(plan.minimum) \(cell(units(plan.unit, plan.minimum))) | \(cell(plan.audience ?? "")) |")
        }
        for plan in prices.plans where !plan.includes.isEmpty {
            lines += ["", "### \(plan.name)", ""]
            if let audience = plan.audience { lines += ["\(audience).", ""] }
            lines += plan.includes.map { "- \($0)" }
        }
        if !quoteSizes.isEmpty {
            let unit = prices.plans.first?.unit ?? "seat"
            lines += ["", "## Example quotes", ""]
            var note = "What a year costs"
            if prices.annualDiscount > 0 { note += ", paid up front (\(prices.annualDiscount)% off)" }
            note += ". Below a plan's minimum, the minimum is quoted."
            lines += [note, ""]
            lines.append("| \(cell(units(unit, 2).capitalizedFirst)) | " + prices.plans.map { cell($0.name) }.joined(separator: " | ") + " |")
            lines.append("| ---: | " + prices.plans.map { _ in "---:" }.joined(separator: " | ") + " |")
            for size in quoteSizes {
                let quotes = prices.plans.map { annualQuote($0, units: size).map { $0.formatted(in: currency) } ?? "Ask the deal desk" }
                lines.append("| \(size) | " + quotes.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        let header = ["plan", "name", "price", "currency", "unit", "period", "minimum", "for"] + quoteSizes.map { "annual_quote_\($0)" }
        let rows = prices.plans.map { plan -> [String] in
            let price: String = switch plan.price {
            case .amount(let money): String(format: "%d.%02d", money.cents / 100, money.cents % 100)
            case .custom: "custom"
            }
            let quotes = quoteSizes.map { size in
                annualQuote(plan, units: size).map { String(format: "%d.%02d", $0.cents / 100, $0.cents % 100) } ?? ""
            }
            return [plan.id, plan.name, price, prices.currency, plan.unit, prices.period.rawValue, String(plan.minimum), plan.audience ?? ""] + quotes
        }
        return CSVWriter.render(header: header, rows: rows)
    }

    private func priceText(_ plan: PriceList.Plan) -> String {
        switch plan.price {
        case .amount(let money): "\(money.formatted(in: prices.currency)) per \(plan.unit) per \(prices.period.rawValue)"
        case .custom: "Custom quote"
        }
    }

    private func units(_ unit: String, _ count: Int) -> String {
        count == 1 || unit.hasSuffix("s") ? unit : unit + "s"
    }

    /// Text safe inside a Markdown table cell.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

extension String {
    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
