import Foundation

/// Splits prose into sentences for `scope: sentence` rules and readability statistics, with
/// Vale's Punkt tokenizer (``PunktSentenceTokenizer``); sentences are trimmed and empty ones
/// dropped, as Vale does before linting them.
enum SentenceSegmenter {
    /// Trimmed sentences of `text`, empty ones included (readability counts them, as twine does).
    static func sentences(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return PunktSentenceTokenizer.shared.sentenceByteRanges(bytes).map { range in
            GoFormat.trimSpace(String(decoding: bytes[range], as: UTF8.self))
        }
    }

    /// UTF-16 ranges of the non-empty trimmed sentences of a block's text.
    static func ranges(in block: TextBlock) -> [NSRange] {
        let string = block.text
        let units = block.units
        let bytes = Array(string.utf8)
        // UTF-16 offset of each UTF-8 byte offset.
        var utf16At = [Int](repeating: 0, count: bytes.count + 1)
        var byte = 0
        var unit = 0
        for scalar in string.unicodeScalars {
            let length = UTF8.width(scalar)
            for step in 0..<length { utf16At[byte + step] = unit }
            byte += length
            unit += scalar.utf16.count
        }
        utf16At[bytes.count] = unit
        var result: [NSRange] = []
        for range in PunktSentenceTokenizer.shared.sentenceByteRanges(bytes) {
            var lower = utf16At[range.lowerBound]
            var upper = utf16At[range.upperBound]
            while lower < upper, MappedText.isSpace(units[lower]) { lower += 1 }
            while upper > lower, MappedText.isSpace(units[upper - 1]) { upper -= 1 }
            if upper > lower { result.append(NSRange(location: lower, length: upper - lower)) }
        }
        return result
    }
}
