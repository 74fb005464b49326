import Foundation

/// What Vale keeps on a file while its blocks are linted, shared by every rule: the terms
/// conditional and consistency rules have seen (`File.Sequences`), the counts of headings and
/// lists that metric formulas read (`File.Metrics`), and the summary text readability is
/// computed from. One state per linted file; rules run one after another.
final class LintState {
    var sequences: Set<String> = []
    var metrics: [String: Int] = [:]
    var summary = ""
    /// The literal hits of the block being linted, for ``TokenPattern`` pre-filtering.
    var hits: LiteralHits?

    private var cachedStatistics: TextStatistics?

    /// Readability statistics of everything added to `summary`.
    var statistics: TextStatistics {
        if let cachedStatistics { return cachedStatistics }
        let computed = TextStatistics(summary)
        cachedStatistics = computed
        return computed
    }

    /// The alternatives of `pattern` that can match in `slice`, or nil when there is no scan.
    func candidates(for pattern: TokenPattern, in slice: BlockSlice) -> [Int]? {
        guard let hits, hits.block === slice.block else { return nil }
        return hits.candidates(for: pattern, in: slice.range)
    }
}
