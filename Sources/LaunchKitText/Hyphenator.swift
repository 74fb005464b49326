/// Pyphen's hyphenation of a word (Liang's algorithm over TeX patterns), reimplemented to count.
///
/// textstat counts the syllables of a word missing from the CMU dictionary as the number of
/// places Pyphen 0.18.1 would hyphenate it, plus one. Matching textstat means matching Pyphen
/// exactly, quirks included: its default margins are 2 and 2 (the dictionary's
/// `RIGHTHYPHENMIN 3` is ignored), and a later pattern with the same letters replaces an earlier
/// one. The patterns sit in a trie so that a word costs a few short walks, not a dictionary
/// lookup per substring as in Pyphen.
struct Hyphenator: Sendable {
    /// The en_US patterns Pyphen uses for `Pyphen(lang: "en_US")`.
    static let enUS = Hyphenator(patterns: HyphenationPatterns.enUS)

    /// Pyphen's `left` and `right`: no point closer than this to either end of the word.
    static let margin = 2

    /// Symbols number the scalars that occur in patterns; 0 is every other scalar (no pattern can
    /// match across it) and 1 is `.`, which marks both ends of a word.
    private static let boundary: UInt8 = 1
    private var asciiSymbols = [UInt8](repeating: 0, count: 128)
    private var otherSymbols: [UInt32: UInt8] = [:]

    // The trie, flattened: node 0 is the root, whose children are indexed by symbol directly.
    private var rootChildren: [Int32] = []
    private var firstChild: [Int32] = []
    private var childCount: [UInt8] = []
    private var childSymbols: [UInt8] = []
    private var childNodes: [Int32] = []
    /// Per node: the index of the pattern whose letters end there, or -1.
    private var nodePattern: [Int32] = []

    // Patterns: where their first non-zero value falls and the values from there on.
    private var patternOffset: [UInt8] = []
    private var patternValuesStart: [Int32] = [0]
    private var patternValues: [UInt8] = []
    /// The longest pattern, in letters: Pyphen never looks at a longer substring.
    private var maxLength = 0

    /// - Parameter patterns: TeX patterns such as `.a2ch4`, separated by white space.
    init(patterns: String) {
        var children: [[UInt8: Int32]] = [[:]]
        var patternAtNode: [Int32] = [-1]
        var symbolCount: UInt8 = 1
        asciiSymbols[Int(UInt8(ascii: "."))] = Self.boundary

        for pattern in patterns.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            var letters: [UInt8] = []
            var values: [UInt8] = []
            var pending: UInt8 = 0
            for scalar in pattern.unicodeScalars {
                if ("0"..."9").contains(scalar) {
                    pending = UInt8(scalar.value - 0x30)
                    continue
                }
                letters.append(symbol(for: scalar.value, assigningFrom: &symbolCount))
                values.append(pending)
                pending = 0
            }
            values.append(pending)
            // Pyphen drops patterns that are all zeros and trims zeros from both ends.
            guard let first = values.firstIndex(where: { $0 != 0 }),
                  let last = values.lastIndex(where: { $0 != 0 })
            else { continue }

            var node = 0
            for letter in letters {
                if let next = children[node][letter] {
                    node = Int(next)
                } else {
                    children.append([:])
                    patternAtNode.append(-1)
                    children[node][letter] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            patternAtNode[node] = Int32(patternOffset.count)
            patternOffset.append(UInt8(first))
            patternValues.append(contentsOf: values[first...last])
            patternValuesStart.append(Int32(patternValues.count))
            maxLength = max(maxLength, letters.count)
        }

        rootChildren = Array(repeating: -1, count: Int(symbolCount) + 1)
        for (symbol, node) in children[0] {
            rootChildren[Int(symbol)] = node
        }
        for node in children.indices {
            firstChild.append(Int32(childSymbols.count))
            childCount.append(UInt8(children[node].count))
            for (symbol, child) in children[node].sorted(by: { $0.key < $1.key }) {
                childSymbols.append(symbol)
                childNodes.append(child)
            }
        }
        nodePattern = patternAtNode
    }

    private mutating func symbol(for value: UInt32, assigningFrom next: inout UInt8) -> UInt8 {
        if value < 0x80, asciiSymbols[Int(value)] != 0 { return asciiSymbols[Int(value)] }
        if let known = otherSymbols[value] { return known }
        next += 1
        if value < 0x80 { asciiSymbols[Int(value)] = next } else { otherSymbols[value] = next }
        return next
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
        rootChildren.withUnsafeBufferPointer { rootChildren in
        firstChild.withUnsafeBufferPointer { firstChild in
        childCount.withUnsafeBufferPointer { childCount in
        childSymbols.withUnsafeBufferPointer { childSymbols in
        childNodes.withUnsafeBufferPointer { childNodes in
        nodePattern.withUnsafeBufferPointer { nodePattern in
            // Pyphen starts a match at every symbol but the closing boundary.
            for start in 0..<(symbols.count - 1) {
                let stop = min(start + maxLength, symbols.count)
                var node = Int(rootChildren[Int(symbols[start])])
                var position = start
                while node >= 0 {
                    let pattern = Int(nodePattern[node])
                    if pattern >= 0 { raise(references, at: start, with: pattern) }
                    position += 1
                    guard position < stop else { break }
                    let symbol = symbols[position]
                    var next = -1
                    let first = Int(firstChild[node])
                    for child in first..<(first + Int(childCount[node])) where childSymbols[child] == symbol {
                        next = Int(childNodes[child])
                        break
                    }
                    node = next
                }
            }
        }}}}}}
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
