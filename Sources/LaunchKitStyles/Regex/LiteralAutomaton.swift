/// An Aho-Corasick automaton over UTF-16 units that finds every occurrence of a set of
/// literals in one pass (see ``LiteralIndex``, which decides what the literals are).
///
/// Built for a linter's lifetime and scanned once per block, so both matter:
/// - the trie is built from the literals in sorted order, which creates every node's children
///   in order and needs no lookup table (a dictionary of edges cost more than the scans of a
///   90-file corpus);
/// - the scanner lower-cases ASCII letters, and the ASCII units that occur in some literal get
///   small class numbers; the root and every state with several edges get a dense row with the
///   complete transition per class, so prose rarely searches edges or follows failure links, and
///   the rows stay small enough to be cached (a class-0 unit, in no literal, leads to the root);
/// - a transition is stored as a code: `rowStart << 2 | 2 | hasOutput` for a state with a dense
///   row (`rowStart` is where the row begins in `dense`), `state << 2 | hasOutput` for another,
///   so a unit read in a dense state costs one load and an add (the row is in the code), and
///   the common case, no literal ends here, needs no second lookup.
///
/// Immutable once built; literals must be ASCII-lower-cased (the scanner lower-cases the text).
final class LiteralAutomaton: Sendable {
    /// For each state, its edges as a range of `edgeUnits` / `edgeCodes`, sorted by unit.
    private let edgeStart: [Int32]
    private let edgeUnits: [UInt16]
    /// The transition code of each edge's target.
    private let edgeCodes: [Int32]
    private let fail: [Int32]
    /// The code of each state's failure target, so that a mismatch in a sparse state reaches a
    /// dense row (nearly always the case) in one load.
    private let failCodes: [Int32]
    /// The literal that ends at a state, or -1.
    private let output: [Int32]
    /// The next state on the failure chain where a literal ends, or -1.
    private let outputLink: [Int32]
    /// Class of each ASCII unit: 0 when no literal holds it, else 1 ... `classCount - 1`.
    private let unitClass: [UInt8]
    private let classCount: Int
    /// The state of each dense row, by row.
    private let rowState: [Int32]
    /// Complete transition codes, `classCount` per row.
    private let dense: [Int32]

    /// The root's code: row 0, no output.
    private static let rootCode: Int32 = 2
    let literalLengths: [Int32]

    /// States with at least this many edges get a dense row (the root always does).
    static let denseEdgeCount = 3
    /// Texts at least this long are scanned as two halves at once.
    static let minimumSplitLength = 128
    /// The length of the longest literal.
    private let longestLiteral: Int

    /// - Parameter literals: distinct, non-empty sequences of UTF-16 units; a literal's id is its index.
    init(literals: [[UInt16]]) {
        literalLengths = literals.map { Int32($0.count) }
        longestLiteral = literals.map(\.count).max() ?? 0
        var trie = Trie(literals: literals)
        let classes = Self.classes(of: literals)
        unitClass = classes.table
        classCount = classes.count
        trie.computeFailureLinks()
        edgeStart = trie.edgeStart
        edgeUnits = trie.edgeUnits
        fail = trie.fail
        output = trie.output
        outputLink = trie.outputLink
        var rows = [Int32](repeating: -1, count: trie.stateCount)
        var rowState: [Int32] = []
        for state in 0..<trie.stateCount where state == 0 || trie.edgeCount(state) >= Self.denseEdgeCount {
            rows[state] = Int32(rowState.count)
            rowState.append(Int32(state))
        }
        let codes = (0..<trie.stateCount).map { state in
            let ends: Int32 = trie.output[state] >= 0 || trie.outputLink[state] >= 0 ? 1 : 0
            return rows[state] >= 0 ? (rows[state] * Int32(classes.count)) << 2 | 2 | ends : Int32(state) << 2 | ends
        }
        edgeCodes = trie.edgeTargets.map { codes[Int($0)] }
        failCodes = trie.fail.map { codes[Int($0)] }
        // Dense rows, computed with the goto and failure functions of the finished trie.
        var dense: [Int32] = []
        dense.reserveCapacity(rowState.count * classes.count)
        for state in rowState {
            dense.append(Self.rootCode)
            for unit in classes.representatives.dropFirst() {
                dense.append(codes[Int(trie.transition(from: state, unit))])
            }
        }
        self.rowState = rowState
        self.dense = dense
    }

    /// The ASCII units some literal holds, numbered from 1 in unit order.
    private static func classes(of literals: [[UInt16]]) -> (table: [UInt8], count: Int, representatives: [UInt16]) {
        var used = [Bool](repeating: false, count: 128)
        for literal in literals {
            for unit in literal where unit < 128 { used[Int(unit)] = true }
        }
        var table = [UInt8](repeating: 0, count: 128)
        var representatives: [UInt16] = [0]
        for unit in 0..<128 where used[unit] {
            table[unit] = UInt8(representatives.count)
            representatives.append(UInt16(unit))
        }
        return (table, representatives.count, representatives)
    }

    /// Feeds `units` through the automaton, calling `found(literal, end)` for each occurrence
    /// (`end` is the offset just after it), and reports what the literal scan cannot see:
    /// characters that ICU's case folding turns into ASCII letters, and non-ASCII decimal digits.
    func scan(_ units: UnsafeBufferPointer<UInt16>, found: (Int32, Int32) -> Void) -> (foldsToASCII: Bool, otherDigits: Bool) {
        var foldsToASCII = false
        var otherDigits = false
        edgeStart.withUnsafeBufferPointer { edgeStart in
        edgeUnits.withUnsafeBufferPointer { edgeUnits in
        edgeCodes.withUnsafeBufferPointer { edgeCodes in
        fail.withUnsafeBufferPointer { fail in
        failCodes.withUnsafeBufferPointer { failCodes in
        unitClass.withUnsafeBufferPointer { unitClass in
        rowState.withUnsafeBufferPointer { rowState in
        dense.withUnsafeBufferPointer { dense in
            let width = classCount
            @inline(__always) func state(of code: Int32) -> Int {
                code & 2 != 0 ? Int(rowState[Int(code >> 2) / width]) : Int(code >> 2)
            }
            /// The code of the edge of `state` for `unit`, if it has one. Sparse states mostly
            /// have a single edge, which is compared without a search loop.
            @inline(__always) func edge(_ state: Int, _ unit: UInt16) -> Int32? {
                var low = Int(edgeStart[state])
                let end = Int(edgeStart[state + 1])
                if end - low == 1 { return edgeUnits[low] == unit ? edgeCodes[low] : nil }
                var high = end
                while low < high {
                    let middle = (low + high) >> 1
                    if edgeUnits[middle] < unit { low = middle + 1 } else { high = middle }
                }
                return low < end && edgeUnits[low] == unit ? edgeCodes[low] : nil
            }
            /// Where an ASCII unit of class `unitClass` leads from a sparse state: its edge, or
            /// down its failure chain to the first state with a dense row (the root has one).
            @inline(__always) func followASCII(_ state: Int, _ unit: UInt16, _ unitClass: Int) -> Int32 {
                var current = state
                while true {
                    if let next = edge(current, unit) { return next }
                    let failCode = failCodes[current]
                    if failCode & 2 != 0 { return dense[Int(failCode >> 2) + unitClass] }
                    current = Int(failCode >> 2)
                }
            }
            /// Where any other unit leads from `state`: dense rows only cover ASCII, so edges
            /// all the way down the failure chain.
            @inline(__always) func follow(_ state: Int, _ unit: UInt16) -> Int32 {
                var current = state
                while true {
                    if let next = edge(current, unit) { return next }
                    if current == 0 { return Self.rootCode }
                    current = Int(fail[current])
                }
            }
            /// One unit through the automaton.
            @inline(__always) func step(_ code: Int32, _ unit: UInt16) -> Int32 {
                var unit = unit
                if unit < 128 {
                    if unit >= 65 && unit <= 90 { unit += 32 }
                    let unitClass = Int(unitClass[Int(unit)])
                    if code & 2 != 0 { return dense[Int(code >> 2) + unitClass] }
                    // A unit in no literal ends every path: back to the root.
                    if unitClass == 0 { return Self.rootCode }
                    return followASCII(Int(code >> 2), unit, unitClass)
                }
                if unit >= 0xDF && Self.foldsToASCII(unit) { foldsToASCII = true }
                if !otherDigits && Self.mayBeDecimalDigit(unit), Unicode.Scalar(unit)?.properties.numericType == .decimal {
                    otherDigits = true
                }
                return follow(state(of: code), unit)
            }
            let count = units.count
            // Each step waits for the previous one's table lookups, so a long text is scanned
            // as two halves side by side, whose lookups the processor overlaps. The second
            // half starts early enough to see any literal that ends in it from its first unit
            // (a literal is at most `longest` units); what it finds ending in the first half
            // is the first half's to report.
            let half = count / 2
            let second = max(0, half - max(0, longestLiteral - 1))
            guard count >= Self.minimumSplitLength, second > 0 else {
                var code = Self.rootCode
                for offset in 0..<count {
                    code = step(code, units[offset])
                    if code & 1 != 0 { report(from: state(of: code), end: Int32(offset) + 1, found) }
                }
                return
            }
            var secondHits: [(literal: Int32, end: Int32)] = []
            var codeA = Self.rootCode
            var codeB = Self.rootCode
            for offset in 0..<half {
                codeA = step(codeA, units[offset])
                codeB = step(codeB, units[second + offset])
                if codeA & 1 != 0 { report(from: state(of: codeA), end: Int32(offset) + 1, found) }
                if codeB & 1 != 0, second + offset + 1 > half {
                    report(from: state(of: codeB), end: Int32(second + offset) + 1) { secondHits.append(($0, $1)) }
                }
            }
            for offset in (second + half)..<count {
                codeB = step(codeB, units[offset])
                if codeB & 1 != 0, offset + 1 > half {
                    report(from: state(of: codeB), end: Int32(offset) + 1) { secondHits.append(($0, $1)) }
                }
            }
            for hit in secondHits { found(hit.literal, hit.end) }
        }}}}}}}}
        return (foldsToASCII, otherDigits)
    }

    /// Every literal ending at `state`: its own, then those down its failure chain.
    private func report(from state: Int, end: Int32, _ found: (Int32, Int32) -> Void) {
        var current = output[state] >= 0 ? state : Int(outputLink[state])
        while current >= 0 {
            found(output[current], end)
            current = Int(outputLink[current])
        }
    }

    /// Characters that ICU's full case folding turns into (or matches with) ASCII letters.
    private static func foldsToASCII(_ unit: UInt16) -> Bool {
        switch unit {
        case 0xDF, 0x130, 0x17F, 0x1E96...0x1E9A, 0x1E9E, 0x212A, 0xFB00...0xFB06: true
        default: false
        }
    }

    /// Whether a unit can be a decimal digit outside ASCII, before asking for its properties:
    /// none is below U+0660, and General Punctuation (curly quotes, dashes), frequent in prose,
    /// has none.
    @inline(__always)
    private static func mayBeDecimalDigit(_ unit: UInt16) -> Bool {
        unit >= 0x660 && !(0x2000...0x206F).contains(unit)
    }
}
