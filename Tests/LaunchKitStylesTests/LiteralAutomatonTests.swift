@testable import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// The automaton scans a long text as two halves at once; whatever the split, it must report
/// exactly the literals a plain search finds, each once, in the order their ends appear.
@Suite("literal automaton")
struct LiteralAutomatonTests {
    /// Every (literal, end) a plain search finds, ordered by end then by literal id (the
    /// automaton reports literals ending at one place in a fixed order; we compare sets per end).
    static func naiveHits(_ literals: [[UInt16]], in text: [UInt16]) -> [Int32: Set<Int32>] {
        let lowered = text.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var hits: [Int32: Set<Int32>] = [:]
        for (id, literal) in literals.enumerated() where !literal.isEmpty && literal.count <= lowered.count {
            for start in 0...(lowered.count - literal.count) where Array(lowered[start..<(start + literal.count)]) == literal {
                hits[Int32(start + literal.count), default: []].insert(Int32(id))
            }
        }
        return hits
    }

    static func automatonHits(_ literals: [[UInt16]], in text: [UInt16]) -> (hits: [Int32: Set<Int32>], ends: [Int32]) {
        let automaton = LiteralAutomaton(literals: literals)
        var hits: [Int32: Set<Int32>] = [:]
        var ends: [Int32] = []
        _ = text.withUnsafeBufferPointer { units in
            automaton.scan(units) { literal, end in
                let inserted = hits[end, default: []].insert(literal).inserted
                #expect(inserted, "literal \(literal) reported twice at \(end)")
                ends.append(end)
            }
        }
        return (hits, ends)
    }

    @Test(arguments: [0, 1, 5, 60])
    func findsWhatAPlainSearchFinds(literalCount: Int) {
        var random = SplitMix64(seed: UInt64(literalCount) + 7)
        let alphabet = Array("abcAB é-".utf16)
        for length in [0, 1, 50, 127, 128, 129, 300, 1_001] {
            var literals: Set<[UInt16]> = []
            while literals.count < literalCount {
                let size = Int.random(in: 1...6, using: &random)
                literals.insert((0..<size).map { _ in [97, 98, 99, 0xE9, 45][Int.random(in: 0..<5, using: &random)] })
            }
            let sorted = literals.sorted { $0.lexicographicallyPrecedes($1) }
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
            let (hits, ends) = Self.automatonHits(sorted, in: text)
            #expect(hits == Self.naiveHits(sorted, in: text), "length \(length)")
            #expect(ends == ends.sorted(), "hits out of order at length \(length)")
        }
    }

    @Test func aLiteralAcrossTheMiddleOfALongTextIsFoundOnce() {
        let literal = Array("launch".utf16)
        var text = [UInt16](repeating: 32, count: 400)
        text.replaceSubrange(197..<203, with: Array("LAUNCH".utf16))
        let (hits, ends) = Self.automatonHits([literal], in: text)
        #expect(hits == [203: [0]])
        #expect(ends == [203])
    }
}
