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
    }

    private(set) var patternIDs: [ObjectIdentifier: Int] = [:]
    private(set) var caseInsensitive: [Bool] = []
    private var owners: [[Owner]] = []
    private var lengths: [Int32] = []

    // The automaton, flattened.
    private var rootNext = [Int32](repeating: 0, count: 65536)
    private var edgeStart: [Int32] = []
    private var edgeCount: [Int32] = []
    private var edgeChars: [UInt16] = []
    private var edgeTargets: [Int32] = []
    private var fail: [Int32] = []
    private var outputStart: [Int32] = []
    private var outputCount: [Int32] = []
    private var outputIDs: [Int32] = []
    private var dictionaryLink: [Int32] = []

    init(patterns: [TokenPattern]) {
        var literalIDs: [String: Int] = [:]
        var literals: [[UInt16]] = []
        for pattern in patterns {
            let key = ObjectIdentifier(pattern)
            guard patternIDs[key] == nil else { continue }
            let patternID = caseInsensitive.count
            patternIDs[key] = patternID
            caseInsensitive.append(pattern.caseInsensitive)
            for (alternative, item) in pattern.alternatives.enumerated() {
                for literal in item.requirement ?? [] {
                    let id: Int
                    if let existing = literalIDs[literal] {
                        id = existing
                    } else {
                        id = literals.count
                        literalIDs[literal] = id
                        literals.append(Array(literal.utf16))
                        owners.append([])
                    }
                    owners[id].append(Owner(pattern: Int32(patternID), alternative: Int32(alternative)))
                }
            }
        }
        lengths = literals.map { Int32($0.count) }
        build(literals)
    }

    private func build(_ literals: [[UInt16]]) {
        var children: [[UInt16: Int32]] = [[:]]
        var outputs: [[Int32]] = [[]]
        for (id, literal) in literals.enumerated() where !literal.isEmpty {
            var state: Int32 = 0
            for unit in literal {
                if let next = children[Int(state)][unit] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    outputs.append([])
                    children[Int(state)][unit] = next
                    state = next
                }
            }
            outputs[Int(state)].append(Int32(id))
        }
        let count = children.count
        fail = [Int32](repeating: 0, count: count)
        dictionaryLink = [Int32](repeating: -1, count: count)
        var queue: [Int32] = []
        for (_, child) in children[0] { queue.append(child) }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (unit, child) in children[Int(state)] {
                queue.append(child)
                var fallback = fail[Int(state)]
                while fallback != 0 && children[Int(fallback)][unit] == nil { fallback = fail[Int(fallback)] }
                let target = children[Int(fallback)][unit] ?? 0
                fail[Int(child)] = target == child ? 0 : target
                let link = fail[Int(child)]
                dictionaryLink[Int(child)] = outputs[Int(link)].isEmpty ? dictionaryLink[Int(link)] : link
            }
        }
        for (unit, child) in children[0] { rootNext[Int(unit)] = child }
        edgeStart.reserveCapacity(count)
        for state in 0..<count {
            edgeStart.append(Int32(edgeChars.count))
            let sorted = children[state].sorted { $0.key < $1.key }
            edgeCount.append(Int32(sorted.count))
            for (unit, child) in sorted {
                edgeChars.append(unit)
                edgeTargets.append(child)
            }
            outputStart.append(Int32(outputIDs.count))
            outputCount.append(Int32(outputs[state].count))
            outputIDs.append(contentsOf: outputs[state])
        }
    }

    var isEmpty: Bool { lengths.isEmpty }

    private func step(_ state: Int32, _ unit: UInt16) -> Int32 {
        var state = state
        while true {
            if state == 0 { return rootNext[Int(unit)] }
            let start = Int(edgeStart[Int(state)])
            let end = start + Int(edgeCount[Int(state)])
            var low = start
            var high = end
            while low < high {
                let middle = (low + high) / 2
                if edgeChars[middle] < unit { low = middle + 1 } else { high = middle }
            }
            if low < end && edgeChars[low] == unit { return edgeTargets[low] }
            state = fail[Int(state)]
        }
    }

    /// Scans a block's text once.
    func scan(_ block: TextBlock) -> LiteralHits {
        var hits: [LiteralHits.Hit] = []
        var unsafe = false
        var state: Int32 = 0
        var offset: Int32 = 0
        for var unit in block.text.utf16 {
            if unit >= 65 && unit <= 90 {
                unit += 32
            } else if unit >= 0xDF, Self.foldsToASCII(unit) {
                unsafe = true
            }
            state = step(state, unit)
            var output = outputCount[Int(state)] > 0 ? state : dictionaryLink[Int(state)]
            while output > 0 {
                let start = Int(outputStart[Int(output)])
                for index in start..<start + Int(outputCount[Int(output)]) {
                    let id = outputIDs[index]
                    hits.append(LiteralHits.Hit(literal: id, start: offset + 1 - lengths[Int(id)], end: offset + 1))
                }
                output = dictionaryLink[Int(output)]
            }
            offset += 1
        }
        return LiteralHits(index: self, block: block, hits: hits, unsafeForCaseInsensitive: unsafe)
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
struct LiteralHits {
    struct Hit {
        var literal: Int32
        var start: Int32
        var end: Int32
    }

    let index: LiteralIndex
    let block: TextBlock
    let hits: [Hit]
    let unsafeForCaseInsensitive: Bool

    /// Sorted alternatives of `pattern` whose literal occurs inside `range`; nil when the
    /// pattern is not indexed or the block defeats the scan.
    func candidates(for pattern: TokenPattern, in range: NSRange) -> [Int]? {
        guard let id = index.patternIDs[ObjectIdentifier(pattern)] else { return nil }
        if unsafeForCaseInsensitive && index.caseInsensitive[id] { return nil }
        var found: Set<Int> = []
        let lower = Int32(range.location)
        let upper = Int32(range.location + range.length)
        for hit in hits where hit.start >= lower && hit.end <= upper {
            for owner in index.owners(of: hit.literal) where owner.pattern == id {
                found.insert(Int(owner.alternative))
            }
        }
        return found.sorted()
    }
}
