import Foundation

/// The text of one linted file with CR and CRLF line breaks turned into LF (as Vale does before
/// linting), and the index that turns UTF-16 offsets into 1-based lines and columns.
///
/// Removing a CR never moves a line or a column: the CR only ever ends a line. So positions
/// computed here are positions in the original file too.
final class SourceText: @unchecked Sendable {
    let text: String
    let utf16: [UInt16]
    /// UTF-16 offset where each line starts.
    let lineStarts: [Int]
    /// Whether a line has characters outside the Basic Multilingual Plane (surrogate pairs),
    /// where UTF-16 offsets and scalar columns differ; other lines need no counting.
    private let lineHasSurrogates: [Bool]

    init(_ original: String) {
        var normalized = original
        let hasCR = normalized.withUTF8 { $0.contains(13) }
        if hasCR {
            normalized = original.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        text = normalized
        utf16 = Self.utf16Units(of: &normalized)
        var starts = [0]
        var surrogates = [false]
        for (offset, unit) in utf16.enumerated() {
            if unit == 10 {
                starts.append(offset + 1)
                surrogates.append(false)
            } else if unit >= 0xD800 && unit < 0xE000 {
                surrogates[surrogates.count - 1] = true
            }
        }
        lineStarts = starts
        lineHasSurrogates = surrogates
    }

    /// The UTF-16 form of a string, transcoded from its UTF-8 bytes in one pass: `Array(utf16)`
    /// walks the string's UTF-16 view, which for non-ASCII text builds breadcrumbs first and then
    /// copies unit by unit.
    static func utf16Units(of string: inout String) -> [UInt16] {
        string.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { buffer, written in
                var index = 0
                var count = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var scalar: UInt32
                    if lead < 0x80 {
                        scalar = lead
                        index += 1
                    } else if lead < 0xE0 {
                        scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        scalar = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                            | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    if scalar < 0x10000 {
                        buffer[count] = UInt16(truncatingIfNeeded: scalar)
                        count += 1
                    } else {
                        scalar -= 0x10000
                        buffer[count] = UInt16(truncatingIfNeeded: 0xD800 + (scalar >> 10))
                        buffer[count + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (scalar & 0x3FF))
                        count += 2
                    }
                }
                written = count
            }
        }
    }

    /// The 0-based line holding `offset`.
    func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// 1-based line and column (in Unicode scalars) of a UTF-16 offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        let column = lineHasSurrogates[line] ? scalarCount(from: lineStarts[line], to: offset) : offset - lineStarts[line]
        return (line + 1, column + 1)
    }

    /// The number of Unicode scalars on a 0-based line, counting its line break as Vale does.
    func lineLength(_ line: Int) -> Int {
        let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : utf16.count
        return lineHasSurrogates[line] ? scalarCount(from: lineStarts[line], to: end) : end - lineStarts[line]
    }

    func scalarCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var offset = start
        let limit = min(end, utf16.count)
        while offset < limit {
            // A low surrogate continues the scalar its high surrogate started.
            if !(0xDC00...0xDFFF).contains(utf16[offset]) { count += 1 }
            offset += 1
        }
        return count + max(0, end - limit)
    }
}
