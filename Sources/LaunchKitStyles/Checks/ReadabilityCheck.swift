import Foundation

/// `extends: readability` (Vale's older readability check): the mean of the named grade-level
/// metrics over the block must not exceed `grade`. `%s` is the mean with two decimals.
struct ReadabilityCheck: RuleCheck {
    static let metricNames = ["Gunning Fog", "Coleman-Liau", "Flesch-Kincaid", "SMOG", "Automated Readability"]

    let metrics: [String]
    let grade: Double
    let text: AlertText

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        let statistics = TextStatistics(slice.text)
        var total = 0.0
        if metrics.contains("SMOG") { total += statistics.smog }
        if metrics.contains("Gunning Fog") { total += statistics.gunningFog }
        if metrics.contains("Coleman-Liau") { total += statistics.colemanLiau }
        if metrics.contains("Flesch-Kincaid") { total += statistics.fleschKincaid }
        if metrics.contains("Automated Readability") { total += statistics.automatedReadability }
        let mean = total / Double(metrics.count)
        guard mean > grade else { return [] }
        return [Finding(range: nil, match: "", message: GoFormat.message(text.message, [String(format: "%.2f", mean)]), suggestion: nil)]
    }
}
