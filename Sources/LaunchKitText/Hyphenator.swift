/// Pyphen's hyphenation of a word (Liang's algorithm over TeX patterns), reimplemented to count.
///
/// textstat counts the syllables of a word missing from the CMU dictionary as the number of
/// places Pyphen 0.18.1 would hyphenate it, plus one. Matching textstat means matching Pyphen
/// exactly, quirks included: its default margins are 2 and 2 (the dictionary's
/// `RIGHTHYPHENMIN 3` is ignored), and a later pattern with the same letters replaces an earlier
/// one. The patterns sit in a trie so that a word costs a few short walks, not a dictionary
/// lookup per substring as in Pyphen.
///
/// A class, so that the scanner's hot loop shares one instance instead of copying (and
/// retaining) its arrays.
final class Hyphenator: Sendable {
    /// The en_US patterns Pyphen uses for `Pyphen(lang: "en_US")`.
    static let enUS = Hyphenator(patterns: HyphenationPatterns.enUS)

    /// Pyphen's `left` and `right`: no point closer than this to either end of the word.
    static let margin = 2

    /// Symbols number the scalars that occur in patterns; 0 is every other scalar (no pattern can
    /// match across it) and 1 is `.`, which marks both ends of a word.
    private static let boundary: UInt8 = 1
    private let asciiSymbols: [UInt8]
    private let otherSymbols: [UInt32: UInt8]

    /// A trie node. Its children are stored in symbol order from `firstChild` in `childNodes`,
    /// and `childMask` has bit s set when a child for symbol s exists, so a step is a mask test
    /// and a population count, whatever the number of children. 16 bytes: four per cache line.
    private struct Node {
        var childMask: UInt64
        var firstChild: Int32
        /// The index of the pattern whose letters end here, or -1.
        var pattern: Int32
    }

    /// The trie, flattened; node 0 is the root.
    private let nodes: [Node]
    private let childNodes: [Int32]

    // Patterns: where their first non-zero value falls and the values from there on.
    private let patternOffset: [UInt8]
    private let patternValuesStart: [Int32]
    private let patternValues: [UInt8]
    /// The longest pattern, in letters: Pyphen never looks at a longer substring.
    private let maxLength: Int

    /// - Parameter patterns: TeX patterns such as `.a2ch4`, separated by white space.
    init(patterns: String) {
        var builder = TrieBuilder()
        builder.add(patterns)
        let flat = builder.flattened()
        asciiSymbols = builder.alphabet.ascii
        otherSymbols = builder.alphabet.other
        nodes = flat.nodes
        childNodes = flat.childNodes
        patternOffset = builder.patternOffset
        patternValuesStart = builder.patternValuesStart
        patternValues = builder.patternValues
        maxLength = builder.maxLength
    }

    /// Parses patterns the way Pyphen's `HyphDict` does, then builds the trie from the patterns'
    /// letters in sorted order: a pattern shares its path with the previous one for exactly their
    /// common prefix, so no node's children are ever searched, and each node's children come in
    /// symbol order, ready for the lookup layout. (Searching siblings while inserting in file
    /// order was most of the time `Hyphenator.enUS` took to build, paid by every process that
    /// counts a syllable.)
    private struct TrieBuilder {
        var alphabet = Alphabet()
        var patternOffset: [UInt8] = []
        var patternValuesStart: [Int32] = [0]
        var patternValues: [UInt8] = []
        var maxLength = 0

        /// The letters (as symbols) of each kept pattern, back to back.
        private var patternLetters: [UInt8] = []
        private var patternLettersStart: [Int32] = [0]

        private var letters: [UInt8] = []
        private var values: [UInt8] = []
        private var pending: UInt8 = 0

        /// Pyphen reads `(\d?)(\D?)` pairs: each letter gets the digit before it (0 if none),
        /// and a digit after the last letter gives one more value.
        mutating func add(_ patterns: String) {
            for scalar in patterns.unicodeScalars {
                switch scalar {
                case " ", "\n":
                    endPattern()
                case "0"..."9":
                    pending = UInt8(scalar.value - 0x30)
                default:
                    letters.append(alphabet.symbol(for: scalar.value))
                    values.append(pending)
                    pending = 0
                }
            }
            endPattern()
        }

        private mutating func endPattern() {
            defer {
                letters.removeAll(keepingCapacity: true)
                values.removeAll(keepingCapacity: true)
                pending = 0
            }
            guard !letters.isEmpty else { return }
            values.append(pending)
            // Pyphen drops patterns that are all zeros and trims zeros from both ends.
            guard let first = values.firstIndex(where: { $0 != 0 }),
                  let last = values.lastIndex(where: { $0 != 0 })
            else { return }
            patternLetters.append(contentsOf: letters)
            patternLettersStart.append(Int32(patternLetters.count))
            patternOffset.append(UInt8(first))
            patternValues.append(contentsOf: values[first...last])
            patternValuesStart.append(Int32(patternValues.count))
            maxLength = max(maxLength, letters.count)
        }

        /// The trie of the patterns' letters, laid out for lookups.
        func flattened() -> (nodes: [Node], childNodes: [Int32]) {
            let count = patternOffset.count
            return patternLetters.withUnsafeBufferPointer { letters in
                let starts = patternLettersStart
                func word(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: letters[Int(starts[index])..<Int(starts[index + 1])])
                }
                // Stable: of two patterns with the same letters the later comes later, and
                // replaces the earlier one (a Python dict), as in Pyphen.
                let order = (0..<count).sorted { word($0).lexicographicallyPrecedes(word($1)) || (word($0).elementsEqual(word($1)) && $0 < $1) }
                var parent: [Int32] = [-1]
                var symbol: [UInt8] = [0]
                var pattern: [Int32] = [-1]
                parent.reserveCapacity(letters.count / 2)
                symbol.reserveCapacity(letters.count / 2)
                pattern.reserveCapacity(letters.count / 2)
                var path: [Int32] = [0]
                var previous = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                for index in order {
                    let current = word(index)
                    var shared = 0
                    while shared < current.count, shared < previous.count, current[shared] == previous[shared] { shared += 1 }
                    path.removeSubrange((shared + 1)...)
                    for position in shared..<current.count {
                        parent.append(path[path.count - 1])
                        symbol.append(current[position])
                        pattern.append(-1)
                        path.append(Int32(symbol.count - 1))
                    }
                    pattern[Int(path[current.count])] = Int32(index)
                    previous = current
                }
                // Children were created in symbol order: group them by parent.
                var childStart = [Int32](repeating: 0, count: symbol.count + 1)
                for node in 1..<symbol.count { childStart[Int(parent[node]) + 1] += 1 }
                for node in 0..<symbol.count { childStart[node + 1] += childStart[node] }
                var next = childStart
                var childNodes = [Int32](repeating: 0, count: max(0, symbol.count - 1))
                var masks = [UInt64](repeating: 0, count: symbol.count)
                for node in 1..<symbol.count {
                    let owner = Int(parent[node])
                    childNodes[Int(next[owner])] = Int32(node)
                    next[owner] += 1
                    masks[owner] |= 1 << UInt64(symbol[node])
                }
                let nodes = (0..<symbol.count).map { Node(childMask: masks[$0], firstChild: childStart[$0], pattern: pattern[$0]) }
                return (nodes, childNodes)
            }
        }
    }

    /// Numbers the scalars of the patterns as they first occur; at most 63 fit a child mask.
    private struct Alphabet {
        var ascii = [UInt8](repeating: 0, count: 128)
        var other: [UInt32: UInt8] = [:]
        var count: UInt8 = Hyphenator.boundary

        init() {
            ascii[Int(UInt8(ascii: "."))] = Hyphenator.boundary
        }

        /// Symbols past 63 cannot be told apart in a child mask; they would only come from other
        /// pattern files, and they all become 63, so those patterns merely match too often.
        mutating func symbol(for value: UInt32) -> UInt8 {
            if value < 0x80, ascii[Int(value)] != 0 { return ascii[Int(value)] }
            if let known = other[value] { return known }
            if count < 63 { count += 1 }
            if value < 0x80 { ascii[Int(value)] = count } else { other[value] = count }
            return count
        }
    }

    @inline(__always)
    private func symbol(of value: UInt32) -> UInt8 {
        value < 0x80 ? asciiSymbols[Int(value)] : otherSymbols[value] ?? 0
    }

    /// The number of points where Pyphen would hyphenate `word`: its `len(positions(word))`.
    ///
    /// - Parameter word: the scalars of a lower-cased word (textstat lower-cases before asking).
    func pointCount(_ word: UnsafeBufferPointer<UInt32>) -> Int {
        let length = word.count
        // Pyphen keeps points p with 2 <= p <= len(word) - 2: none for words under 4 scalars.
        guard length >= 2 * Self.margin else { return 0 }
        let dotted = length + 2
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: dotted) { symbols in
            symbols[0] = Self.boundary
            for index in 0..<length {
                symbols[index + 1] = symbol(of: word[index])
            }
            symbols[dotted - 1] = Self.boundary
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: dotted + 1) { references in
                references.initialize(repeating: 0)
                applyPatterns(UnsafeBufferPointer(symbols), into: references)
                var count = 0
                // references[r] is the value of the gap before symbols[r], i.e. point r - 1.
                for point in Self.margin...(length - Self.margin) where references[point + 1] & 1 == 1 {
                    count += 1
                }
                return count
            }
        }
    }

    /// Liang's algorithm: every pattern matching at every start raises the gap values it covers.
    private func applyPatterns(
        _ symbols: UnsafeBufferPointer<UInt8>, into references: UnsafeMutableBufferPointer<UInt8>
    ) {
        nodes.withUnsafeBufferPointer { nodes in
        childNodes.withUnsafeBufferPointer { childNodes in
            // Pyphen starts a match at every symbol but the closing boundary.
            for start in 0..<(symbols.count - 1) {
                let stop = min(start + maxLength, symbols.count)
                var node = nodes[0]
                var position = start
                while position < stop {
                    // Symbol 0 (a scalar no pattern has) never has a child bit: the walk ends.
                    let bit: UInt64 = 1 << UInt64(symbols[position])
                    guard node.childMask & bit != 0 else { break }
                    let rank = (node.childMask & (bit &- 1)).nonzeroBitCount
                    node = nodes[Int(childNodes[Int(node.firstChild) + rank])]
                    if node.pattern >= 0 { raise(references, at: start, with: Int(node.pattern)) }
                    position += 1
                }
            }
        }}
    }

    @inline(__always)
    private func raise(_ references: UnsafeMutableBufferPointer<UInt8>, at start: Int, with pattern: Int) {
        var gap = start + Int(patternOffset[pattern])
        for index in Int(patternValuesStart[pattern])..<Int(patternValuesStart[pattern + 1]) {
            let value = patternValues[index]
            if value > references[gap] { references[gap] = value }
            gap += 1
        }
    }
}
