/// Every required literal of every rule pattern a linter runs, in one automaton
/// (``LiteralAutomaton``), so a block is scanned once for all of them (see ``TokenPattern`` and
/// ``RequiredLiterals``).
///
/// The scan lower-cases ASCII letters. Case-insensitive rules are matched by ICU with full case
/// folding, where `ß` matches `ss` and the Kelvin sign matches `k`; a block containing one of
/// those few characters is scanned as usual but treated as "anything may match" for
/// case-insensitive patterns.
///
/// Literals longer than ``maximumLength`` are looked for by their first units only. A hit then
/// says "may be here" where the whole literal would have said "is here": a rule runs its regex a
/// little more often, never less, so the alerts are the same, and the automaton has far fewer
/// states to build (the proselint pack's clichés average 13 units).
///
/// For the same reason a set of single letters (`[ap]`, `m`) is left out of an alternative
/// that also needs a longer literal: in prose it is satisfied almost everywhere, so it filters
/// out next to nothing, while every `a` of the text became a hit to record and sort (proselint's
/// time rules turned 90 documents into 100,000 hits; "12" or " in the morning" decides anyway).
final class LiteralIndex: Sendable {
    struct Owner {
        var pattern: Int32
        var alternative: Int32
        /// Which of the alternative's required sets the literal belongs to.
        var set: Int32
    }

    /// Literals are truncated to this many UTF-16 units.
    static let maximumLength = 12

    let patternIDs: [ObjectIdentifier: Int]
    let caseInsensitive: [Bool]
    /// Per pattern: whether an alternative's literals assume ASCII digits for `\d`.
    let usesDigits: [Bool]
    /// Per pattern and alternative: how many literal sets must all be satisfied.
    let setCounts: [[Int]]
    /// The owners of literal `id` are `owners[ownerStart[id] ..< ownerStart[id + 1]]`.
    private let ownerStart: [Int32]
    private let owners: [Owner]
    private let automaton: LiteralAutomaton

    init(patterns: [TokenPattern]) {
        var literalIDs: [[UInt16]: Int] = [:]
        var literals: [[UInt16]] = []
        var literalOwners: [[Owner]] = []
        var patternIDs: [ObjectIdentifier: Int] = [:]
        var caseInsensitive: [Bool] = []
        var usesDigits: [Bool] = []
        var setCounts: [[Int]] = []
        for pattern in patterns {
            let key = ObjectIdentifier(pattern)
            guard patternIDs[key] == nil else { continue }
            let patternID = caseInsensitive.count
            patternIDs[key] = patternID
            caseInsensitive.append(pattern.caseInsensitive)
            usesDigits.append(pattern.alternatives.contains { $0.requirement?.usesDigits == true })
            let indexed = pattern.alternatives.map { Self.indexedSets(of: $0.requirement) }
            setCounts.append(indexed.map(\.count))
            for (alternative, sets) in indexed.enumerated() {
                for (setIndex, set) in sets.enumerated() {
                    for literal in set {
                        let units = Array(literal.utf16.prefix(Self.maximumLength))
                        let id: Int
                        if let existing = literalIDs[units] {
                            id = existing
                        } else {
                            id = literals.count
                            literalIDs[units] = id
                            literals.append(units)
                            literalOwners.append([])
                        }
                        let owner = Owner(pattern: Int32(patternID), alternative: Int32(alternative), set: Int32(setIndex))
                        // Two literals of one set can share a prefix: one owner is enough.
                        if literalOwners[id].last.map({ $0.pattern == owner.pattern && $0.alternative == owner.alternative && $0.set == owner.set }) != true {
                            literalOwners[id].append(owner)
                        }
                    }
                }
            }
        }
        self.patternIDs = patternIDs
        self.caseInsensitive = caseInsensitive
        self.usesDigits = usesDigits
        self.setCounts = setCounts
        var starts: [Int32] = [0]
        starts.reserveCapacity(literals.count + 1)
        for list in literalOwners { starts.append(starts[starts.count - 1] + Int32(list.count)) }
        ownerStart = starts
        owners = literalOwners.flatMap { $0 }
        automaton = LiteralAutomaton(literals: literals)
    }

    var patternCount: Int { caseInsensitive.count }

    /// The sets of a requirement the scan looks for: all of them, but sets of single letters
    /// when another set needs at least two units (any subset of the sets is a weaker, still
    /// valid requirement).
    static func indexedSets(of requirement: RequiredLiterals.Requirement?) -> [Set<String>] {
        guard let sets = requirement?.sets else { return [] }
        func isSingleLetters(_ set: Set<String>) -> Bool {
            set.allSatisfy { $0.utf16.count == 1 && $0.utf16.first.map { (97...122).contains($0) } == true }
        }
        guard sets.contains(where: { set in set.allSatisfy { $0.utf16.count >= 2 } }) else { return sets }
        return sets.filter { !isSingleLetters($0) }
    }

    /// Scans a block's text once.
    func scan(_ block: TextBlock) -> LiteralHits {
        var hits: [LiteralHits.Hit] = []
        hits.reserveCapacity(block.units.count / 8)
        let lengths = automaton.literalLengths
        let (foldsToASCII, otherDigits) = block.units.withUnsafeBufferPointer { units in
            automaton.scan(units) { literal, end in
                hits.append(LiteralHits.Hit(literal: literal, start: end - lengths[Int(literal)], end: end))
            }
        }
        return LiteralHits(index: self, block: block, hits: hits, unsafeForCaseInsensitive: foldsToASCII, hasOtherDigits: otherDigits)
    }

    /// The owners of a literal, as a range of ``owner(at:)``.
    func ownerRange(of literal: Int32) -> Range<Int> {
        Int(ownerStart[Int(literal)])..<Int(ownerStart[Int(literal) + 1])
    }

    func owner(at position: Int) -> Owner { owners[position] }
}
