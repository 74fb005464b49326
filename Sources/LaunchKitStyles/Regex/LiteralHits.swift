import Foundation

/// The literals found in one block, and which pattern alternatives they make possible.
///
/// Hits come out of the scan in order of where they end, so the hits inside a slice (a
/// paragraph, a sentence) are found by binary search instead of by a pass over the block's.
final class LiteralHits {
    struct Hit {
        var literal: Int32
        var start: Int32
        var end: Int32
    }

    private struct Candidate {
        var alternative: Int32
        var set: Int32
        var start: Int32
        var end: Int32
    }

    let index: LiteralIndex
    let block: TextBlock
    let unsafeForCaseInsensitive: Bool
    /// Decimal digits other than ASCII, which `\d` matches but the scan does not look for.
    let hasOtherDigits: Bool
    private let hits: [Hit]

    /// The hits as candidates of each pattern they concern, grouped by pattern (pattern `id`'s
    /// are `candidates[groupStart[id] ..< groupStart[id + 1]]`), each group in hit order.
    private lazy var grouped: (groupStart: [Int], candidates: [Candidate]) = {
        var counts = [Int](repeating: 0, count: index.patternCount + 1)
        for hit in hits {
            for position in index.ownerRange(of: hit.literal) { counts[Int(index.owner(at: position).pattern) + 1] += 1 }
        }
        for id in 0..<index.patternCount { counts[id + 1] += counts[id] }
        var next = counts
        var candidates = [Candidate](repeating: Candidate(alternative: 0, set: 0, start: 0, end: 0), count: counts[index.patternCount])
        for hit in hits {
            for position in index.ownerRange(of: hit.literal) {
                let owner = index.owner(at: position)
                candidates[next[Int(owner.pattern)]] = Candidate(alternative: owner.alternative, set: owner.set, start: hit.start, end: hit.end)
                next[Int(owner.pattern)] += 1
            }
        }
        return (counts, candidates)
    }()

    init(index: LiteralIndex, block: TextBlock, hits: [Hit], unsafeForCaseInsensitive: Bool, hasOtherDigits: Bool) {
        self.index = index
        self.block = block
        self.hits = hits
        self.unsafeForCaseInsensitive = unsafeForCaseInsensitive
        self.hasOtherDigits = hasOtherDigits
    }

    /// The first position in `0..<count` whose end is after `lower` (ends are ascending).
    private static func firstEnding(after lower: Int32, count: Int, end: (Int) -> Int32) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) >> 1
            if end(middle) <= lower { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// For each pattern of the index, whether any of its alternatives may match in `range`
    /// (some literal of it occurs there, or the block defeats the scan for it).
    func activePatterns(in range: NSRange) -> [Bool] {
        var active = [Bool](repeating: false, count: index.patternCount)
        if unsafeForCaseInsensitive || hasOtherDigits {
            for id in active.indices where (unsafeForCaseInsensitive && index.caseInsensitive[id]) || (hasOtherDigits && index.usesDigits[id]) {
                active[id] = true
            }
        }
        let lower = Int32(range.location)
        let upper = Int32(range.location + range.length)
        var position = Self.firstEnding(after: lower, count: hits.count) { hits[$0].end }
        while position < hits.count, hits[position].end <= upper {
            let hit = hits[position]
            position += 1
            guard hit.start >= lower else { continue }
            for owner in index.ownerRange(of: hit.literal) { active[Int(index.owner(at: owner).pattern)] = true }
        }
        return active
    }

    /// Sorted alternatives of `pattern` whose literal occurs inside `range`; nil when the
    /// pattern is not indexed or the block defeats the scan.
    func candidates(for pattern: TokenPattern, in range: NSRange) -> [Int]? {
        guard let id = index.patternIDs[ObjectIdentifier(pattern)] else { return nil }
        if unsafeForCaseInsensitive && index.caseInsensitive[id] { return nil }
        if hasOtherDigits && index.usesDigits[id] { return nil }
        guard !hits.isEmpty else { return [] }
        let (groupStart, candidates) = grouped
        let first = groupStart[id]
        let count = groupStart[id + 1] - first
        guard count > 0 else { return [] }
        let lower = Int32(range.location)
        let upper = Int32(range.location + range.length)
        // An alternative is possible when every one of its literal sets has a hit in range.
        var satisfied: [(alternative: Int, mask: UInt32)] = []
        var position = first + Self.firstEnding(after: lower, count: count) { candidates[first + $0].end }
        while position < first + count, candidates[position].end <= upper {
            let entry = candidates[position]
            position += 1
            guard entry.start >= lower else { continue }
            let alternative = Int(entry.alternative)
            if let found = satisfied.firstIndex(where: { $0.alternative == alternative }) {
                satisfied[found].mask |= 1 << UInt32(entry.set)
            } else {
                satisfied.append((alternative, 1 << UInt32(entry.set)))
            }
        }
        let counts = index.setCounts[id]
        return satisfied.compactMap { $0.mask == (1 << UInt32(counts[$0.alternative])) - 1 ? $0.alternative : nil }.sorted()
    }
}
