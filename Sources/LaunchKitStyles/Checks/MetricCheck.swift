import Foundation

/// `extends: metric`: evaluates `formula` over the file's statistics (words, sentences,
/// syllables, ... of its prose, and counts of headings, lists, code blocks) and alerts at line 1
/// when `condition` holds. `%s` is the value with two decimals. Runs once per file, on the
/// summary of its prose, whatever `scope` says, as in Vale.
struct MetricCheck: RuleCheck {
    let formula: MetricFormula
    let condition: String
    let text: AlertText

    /// Variables that are zero when a file has none of the thing they count.
    static let defaults = ["pre", "list", "blockquote", "heading_h1", "heading_h2", "heading_h3", "heading_h4", "heading_h5", "heading_h6"]

    func findings(in slice: BlockSlice, state: LintState) -> [Finding] {
        let statistics = state.statistics
        guard statistics.words > 0 else { return [] }
        var values = statistics.variables
        for (name, count) in state.metrics where !name.hasPrefix("table") {
            values[name.replacingOccurrences(of: ".", with: "_")] = Double(count)
        }
        for name in Self.defaults where values[name] == nil { values[name] = 0 }
        guard let result = try? formula.evaluate(values) else { return [] }
        // Vale prints the value with six decimals before comparing it.
        let printed = String(format: "%f", result)
        guard let test = try? MetricFormula(printed + " " + condition), let outcome = try? test.evaluate([:]), outcome != 0 else { return [] }
        return [Finding(range: nil, match: "", message: GoFormat.message(text.message, [String(format: "%.2f", result)]), suggestion: nil)]
    }
}
