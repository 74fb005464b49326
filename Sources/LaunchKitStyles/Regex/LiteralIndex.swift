import Foundation

/// Every required literal of every rule pattern a linter runs, in one Aho-Corasick automaton, so
/// a block is scanned once for all of them (see ``TokenPattern`` and ``RequiredLiterals``).
///
/// The automaton runs over UTF-16 units with ASCII letters lower-cased. Case-insensitive rules
/// are matched by ICU with full case folding, where `ß` matches `ss` and the Kelvin sign matches
/// `k`; a block containing one of those few characters is scanned as usual but treated as
/// "anything may match" for case-insensitive patterns.
final class LiteralIndex: @unchecked Sendable {
    struct Owner {
        var pattern: Int32
        var alternative: Int32
        /// Which of the alternative's required sets the literal belongs to.
        var set: Int32
    }

    let patternIDs: [ObjectIdentifier: Int]
    let caseInsensitive: [Bool]
    /// Per pattern: whether an alternative's literals assume ASCII digits for `\d`.
    let usesDigits: [Bool]
    /// Per pattern and alternative: how many literal sets must all be satisfied.
    let setCounts: [[Int]]
    private let owners: [[Owner]]
    private let lengths: [Int32]
    private let automaton: Automaton

    /// The automaton, flattened into arrays: a dense table for the root's transitions, sorted
    /// edge lists for the other states, failure links, and outputs chained by dictionary links.
    private struct Automaton {
        var rootNext = [Int32](repeating: 0, count: 65536)
        var edgeStart: [Int32] = []
        var edgeCount: [Int32] = []
        var edgeChars: [UInt16] = []
        var edgeTargets: [Int32] = []
        var fail: [Int32] = []
        var outputStart: [Int32] = []
        var outputCount: [Int32] = []
        var outputIDs: [Int32] = []
        var dictionaryLink: [Int32] = []
        /// For busy states, the complete transition (failure links already followed) for each
        /// ASCII unit, 128 entries per row; `denseRow` is the row of a state, or -1.
        var denseRow: [Int32] = []
        var dense: [Int32] = []
    }

    init(patterns: [TokenPattern]) {
        var literalIDs: [String: Int] = [:]
        var literals: [[UInt16]] = []
        var patternIDs: [ObjectIdentifier: Int] = [:]
        var caseInsensitive: [Bool] = []
        var usesDigits: [Bool] = []
        var setCounts: [[Int]] = []
        var owners: [[Owner]] = []
        for pattern in patterns {
            let key = ObjectIdentifier(pattern)
            guard patternIDs[key] == nil else { continue }
            let patternID = caseInsensitive.count
            patternIDs[key] = patternID
            caseInsensitive.append(pattern.caseInsensitive)
            usesDigits.append(pattern.alternatives.contains { $0.requirement?.usesDigits == true })
            setCounts.append(pattern.alternatives.map { $0.requirement?.sets.count ?? 0 })
            for (alternative, item) in pattern.alternatives.enumerated() {
                for (setIndex, set) in (item.requirement?.sets ?? []).enumerated() {
                    for literal in set {
                        let id: Int
                        if let existing = literalIDs[literal] {
                            id = existing
                        } else {
                            id = literals.count
                            literalIDs[literal] = id
                            literals.append(Array(literal.utf16))
                            owners.append([])
                        }
                        owners[id].append(Owner(pattern: Int32(patternID), alternative: Int32(alternative), set: Int32(setIndex)))
                    }
                }
            }
        }
        self.patternIDs = patternIDs
        self.caseInsensitive = caseInsensitive
        self.usesDigits = usesDigits
        self.setCounts = setCounts
        self.owners = owners
        lengths = literals.map { Int32($0.count) }
        automaton = Self.build(literals)
    }

    private static func build(_ literals: [[UInt16]]) -> Automaton {
        // The trie as flat arrays: one dictionary for edge lookup while inserting, and
        // first-child / next-sibling links for walking; no allocation per node.
        var edges: [Int: Int32] = [:]
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var label: [UInt16] = [0]
        var outputs: [[Int32]] = [[]]
        edges.reserveCapacity(literals.reduce(0) { $0 + $1.count })
        for (id, literal) in literals.enumerated() where !literal.isEmpty {
            var state: Int32 = 0
            for unit in literal {
                let key = Int(state) << 16 | Int(unit)
                if let next = edges[key] {
                    state = next
                } else {
                    let next = Int32(label.count)
                    label.append(unit)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[Int(state)])
                    firstChild[Int(state)] = next
                    outputs.append([])
                    edges[key] = next
                    state = next
                }
            }
            outputs[Int(state)].append(Int32(id))
        }
        func child(_ state: Int32, _ unit: UInt16) -> Int32? { edges[Int(state) << 16 | Int(unit)] }
        func children(_ state: Int32) -> [(UInt16, Int32)] {
            var result: [(UInt16, Int32)] = []
            var node = firstChild[Int(state)]
            while node >= 0 {
                result.append((label[Int(node)], node))
                node = nextSibling[Int(node)]
            }
            return result
        }
        var automaton = Automaton()
        let count = label.count
        automaton.fail = [Int32](repeating: 0, count: count)
        automaton.dictionaryLink = [Int32](repeating: -1, count: count)
        var queue: [Int32] = children(0).map(\.1)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (unit, node) in children(state) {
                queue.append(node)
                var fallback = automaton.fail[Int(state)]
                while fallback != 0 && child(fallback, unit) == nil { fallback = automaton.fail[Int(fallback)] }
                let target = child(fallback, unit) ?? 0
                automaton.fail[Int(node)] = target == node ? 0 : target
                let link = automaton.fail[Int(node)]
                automaton.dictionaryLink[Int(node)] = outputs[Int(link)].isEmpty ? automaton.dictionaryLink[Int(link)] : link
            }
        }
        for (unit, node) in children(0) { automaton.rootNext[Int(unit)] = node }
        automaton.edgeStart.reserveCapacity(count)
        for state in 0..<count {
            automaton.edgeStart.append(Int32(automaton.edgeChars.count))
            let sorted = children(Int32(state)).sorted { $0.0 < $1.0 }
            automaton.edgeCount.append(Int32(sorted.count))
            for (unit, node) in sorted {
                automaton.edgeChars.append(unit)
                automaton.edgeTargets.append(node)
            }
            automaton.outputStart.append(Int32(automaton.outputIDs.count))
            automaton.outputCount.append(Int32(outputs[state].count))
            automaton.outputIDs.append(contentsOf: outputs[state])
        }
        // Busy states get dense ASCII rows, so scanning prose rarely searches edges or follows
        // failure links.
        automaton.denseRow = [Int32](repeating: -1, count: count)
        for state in 1..<max(1, count) where automaton.edgeCount[state] >= 3 {
            automaton.denseRow[state] = Int32(automaton.dense.count / 128)
            for unit in 0..<128 {
                automaton.dense.append(Self.transition(automaton, Int32(state), UInt16(unit)))
            }
        }
        return automaton
    }

    /// The goto function with failure links, used to precompute dense rows.
    private static func transition(_ automaton: Automaton, _ from: Int32, _ unit: UInt16) -> Int32 {
        var state = from
        while true {
            if state == 0 { return automaton.rootNext[Int(unit)] }
            let start = Int(automaton.edgeStart[Int(state)])
            let end = start + Int(automaton.edgeCount[Int(state)])
            if let found = (start..<end).first(where: { automaton.edgeChars[$0] == unit }) { return automaton.edgeTargets[found] }
            state = automaton.fail[Int(state)]
        }
    }

    var isEmpty: Bool { lengths.isEmpty }

    /// Scans a block's text once.
    func scan(_ block: TextBlock) -> LiteralHits {
        var hits: [LiteralHits.Hit] = []
        var unsafe = false
        var otherDigits = false
        let automaton = self.automaton
        let lengths = self.lengths
        block.units.withUnsafeBufferPointer { text in
            automaton.rootNext.withUnsafeBufferPointer { rootNext in
            automaton.edgeStart.withUnsafeBufferPointer { edgeStart in
            automaton.edgeCount.withUnsafeBufferPointer { edgeCount in
            automaton.edgeChars.withUnsafeBufferPointer { edgeChars in
            automaton.edgeTargets.withUnsafeBufferPointer { edgeTargets in
            automaton.fail.withUnsafeBufferPointer { fail in
            automaton.outputCount.withUnsafeBufferPointer { outputCount in
            automaton.dictionaryLink.withUnsafeBufferPointer { dictionaryLink in
            automaton.denseRow.withUnsafeBufferPointer { denseRow in
            automaton.dense.withUnsafeBufferPointer { dense in
                var state: Int32 = 0
                for offset in 0..<text.count {
                    var unit = text[offset]
                    if unit >= 65 && unit <= 90 {
                        unit += 32
                    } else if unit >= 0xDF {
                        if Self.foldsToASCII(unit) { unsafe = true }
                        if !otherDigits, unit >= 0x660, Unicode.Scalar(unit)?.properties.numericType == .decimal { otherDigits = true }
                    }
                    // Follow failure links until a state has an edge for this unit.
                    while true {
                        if unit < 128, denseRow[Int(state)] >= 0 {
                            state = dense[Int(denseRow[Int(state)]) * 128 + Int(unit)]
                            break
                        }
                        if state == 0 {
                            state = rootNext[Int(unit)]
                            break
                        }
                        let start = Int(edgeStart[Int(state)])
                        let end = start + Int(edgeCount[Int(state)])
                        var low = start
                        var high = end
                        while low < high {
                            let middle = (low + high) >> 1
                            if edgeChars[middle] < unit { low = middle + 1 } else { high = middle }
                        }
                        if low < end && edgeChars[low] == unit {
                            state = edgeTargets[low]
                            break
                        }
                        state = fail[Int(state)]
                    }
                    var output = outputCount[Int(state)] > 0 ? state : dictionaryLink[Int(state)]
                    while output > 0 {
                        let first = Int(automaton.outputStart[Int(output)])
                        for index in first..<first + Int(outputCount[Int(output)]) {
                            let id = automaton.outputIDs[index]
                            hits.append(LiteralHits.Hit(literal: id, start: Int32(offset) + 1 - lengths[Int(id)], end: Int32(offset) + 1))
                        }
                        output = dictionaryLink[Int(output)]
                    }
                }
            }}}}}}}}}}
        }
        return LiteralHits(index: self, block: block, hits: hits, unsafeForCaseInsensitive: unsafe, hasOtherDigits: otherDigits)
    }

    /// Characters that ICU's full case folding turns into (or matches with) ASCII letters.
    private static func foldsToASCII(_ unit: UInt16) -> Bool {
        switch unit {
        case 0xDF, 0x130, 0x17F, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: true
        default: false
        }
    }

    fileprivate func owners(of literal: Int32) -> [Owner] { owners[Int(literal)] }
}

/// The literals found in one block, and which pattern alternatives they make possible.
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
    /// The hits, grouped by the pattern whose alternatives they make possible.
    private lazy var byPattern: [[Candidate]] = {
        var groups = [[Candidate]](repeating: [], count: index.caseInsensitive.count)
        for hit in hits {
            for owner in index.owners(of: hit.literal) {
                groups[Int(owner.pattern)].append(Candidate(alternative: owner.alternative, set: owner.set, start: hit.start, end: hit.end))
            }
        }
        return groups
    }()

    init(index: LiteralIndex, block: TextBlock, hits: [Hit], unsafeForCaseInsensitive: Bool, hasOtherDigits: Bool) {
        self.index = index
        self.block = block
        self.hits = hits
        self.unsafeForCaseInsensitive = unsafeForCaseInsensitive
        self.hasOtherDigits = hasOtherDigits
    }

    /// For each pattern of the index, whether any of its alternatives may match in `range`
    /// (some literal of it occurs there, or the block defeats the scan for it).
    func activePatterns(in range: NSRange) -> [Bool] {
        var active = [Bool](repeating: false, count: index.caseInsensitive.count)
        if unsafeForCaseInsensitive || hasOtherDigits {
            for id in active.indices where (unsafeForCaseInsensitive && index.caseInsensitive[id]) || (hasOtherDigits && index.usesDigits[id]) {
                active[id] = true
            }
        }
        let lower = Int32(range.location)
        let upper = Int32(range.location + range.length)
        for hit in hits where hit.start >= lower && hit.end <= upper {
            for owner in index.owners(of: hit.literal) { active[Int(owner.pattern)] = true }
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
        let entries = byPattern[id]
        guard !entries.isEmpty else { return [] }
        let lower = Int32(range.location)
        let upper = Int32(range.location + range.length)
        // An alternative is possible when every one of its literal sets has a hit in range.
        var satisfied: [(alternative: Int, mask: UInt32)] = []
        for entry in entries where entry.start >= lower && entry.end <= upper {
            let alternative = Int(entry.alternative)
            if let position = satisfied.firstIndex(where: { $0.alternative == alternative }) {
                satisfied[position].mask |= 1 << UInt32(entry.set)
            } else {
                satisfied.append((alternative, 1 << UInt32(entry.set)))
            }
        }
        let counts = index.setCounts[id]
        return satisfied.compactMap { $0.mask == (1 << UInt32(counts[$0.alternative])) - 1 ? $0.alternative : nil }.sorted()
    }
}
