/// The orthographic context of a word type in Punkt's English model: how the training text
/// capitalised it at the start and in the middle of sentences (bit flags, see
/// ``PunktEnglishData``), 0 for a word the model never saw.
///
/// Looked up by binary search in ``PunktEnglishData/orthographicContext`` as it is compiled into
/// the binary (sorted lines `word flags`): a lookup reads a few dozen bytes, and nothing is
/// parsed or allocated when the tokenizer starts.
enum PunktOrthography {
    static func context(of type: String) -> Int {
        var key = type
        return key.withUTF8 { word in
            PunktEnglishData.orthographicContext.withUTF8Buffer { table in
                context(of: word, in: table)
            }
        }
    }

    /// Finds the line `word flags` in `table` (lines sorted by their bytes, each ending in a
    /// line break but the last).
    static func context(of word: UnsafeBufferPointer<UInt8>, in table: UnsafeBufferPointer<UInt8>) -> Int {
        // Invariant: the line is in lineStart(low) ..< high, and `low` is at a line's start.
        var low = 0
        var high = table.count
        while low < high {
            var start = (low + high) / 2
            while start > low, table[start - 1] != newline { start -= 1 }
            var end = start
            while end < table.count, table[end] != space { end += 1 }
            switch compare(word, table, start..<end) {
            case 0:
                return flags(in: table, from: end + 1)
            case ..<0:
                high = start
            default:
                var next = end
                while next < table.count, table[next] != newline { next += 1 }
                low = next + 1
            }
        }
        return 0
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    /// Byte-wise comparison of `word` with `table[range]`: negative, zero or positive.
    private static func compare(_ word: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        let length = min(word.count, range.count)
        for offset in 0..<length where word[offset] != table[range.lowerBound + offset] {
            return Int(word[offset]) - Int(table[range.lowerBound + offset])
        }
        return word.count - range.count
    }

    private static func flags(in table: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var value = 0
        var index = start
        while index < table.count, table[index] != newline {
            value = value * 10 + Int(table[index] - UInt8(ascii: "0"))
            index += 1
        }
        return value
    }
}
