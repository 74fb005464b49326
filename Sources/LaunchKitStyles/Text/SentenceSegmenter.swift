import Foundation

/// Splits prose into sentences for `scope: sentence` rules and readability statistics.
enum SentenceSegmenter {
    /// Trimmed sentences of `text`.
    static func sentences(in text: String) -> [String] {
        let ns = text as NSString
        return ranges(in: ns).map { ns.substring(with: $0) }
    }

    /// UTF-16 ranges of the trimmed sentences of `text`.
    static func ranges(in text: NSString) -> [NSRange] {
        var result: [NSRange] = []
        let length = text.length
        var start = 0
        var index = 0
        func append(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, isSpace(text.character(at: lower)) { lower += 1 }
            while upper > lower, isSpace(text.character(at: upper - 1)) { upper -= 1 }
            if upper > lower { result.append(NSRange(location: lower, length: upper - lower)) }
        }
        while index < length {
            let unit = text.character(at: index)
            if unit == 46 || unit == 33 || unit == 63 {
                var end = index + 1
                while end < length, [34, 39, 41, 93, 0x2019, 0x201D].contains(text.character(at: end)) { end += 1 }
                if end == length || isSpace(text.character(at: end)) {
                    append(end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        append(length)
        return result
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 32 || (9...13).contains(unit) || unit == 0xA0 || unit == 0x2028 || unit == 0x2029 || unit == 0x3000
    }
}
