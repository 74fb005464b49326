import Foundation

/// Byte-level paths of `MarkdownText`, for the text templates write most.
///
/// A packet writes every field of every row through these (a 10,000-row table calls `cell` 50,000
/// times), and the Character-level definitions in `MarkdownText.swift` cost microseconds a call:
/// Foundation's trimming round-trips through `NSString`, and `Character` iteration segments
/// graphemes. Here a pass over the UTF-8 bytes decides and measures the result, a second writes
/// it, and text that needs no change comes back as it was, without a copy.
///
/// They give exactly what the Character-level definitions give. Where bytes alone cannot tell,
/// they return nil and the caller takes the general path: a `|`, `\r` or white space next to a
/// non-ASCII scalar (which may join it into one Character: `|` + U+0301 is not `|`, and
/// Foundation does not find `\r\n` before a combining mark), non-ASCII white space at an end
/// (asked of the `CharacterSet` Foundation trims with). `MarkdownTextEquivalenceTests` compares
/// both paths on generated text and on every BMP scalar at the ends.
extension MarkdownText {
    /// `tableCell(_:)` by bytes, or nil for the general path.
    static func tableCellByBytes(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard let cell = trimmedRange(bytes, .whitespacesAndNewlines) else { return nil }
            // First pass: the length of the cell, or nil where bytes cannot tell.
            var length = 0
            var i = cell.lowerBound
            while i < cell.upperBound {
                switch bytes[i] {
                case UInt8(ascii: "|"):
                    guard asciiNeighbours(i, i + 1, in: bytes, within: cell) else { return nil }
                    length += 2
                case UInt8(ascii: "\n"):
                    // A line feed is always a Character of its own (grapheme rules break around it).
                    length += 4
                case UInt8(ascii: "\r"):
                    let end = i + 1 < cell.upperBound && bytes[i + 1] == UInt8(ascii: "\n") ? i + 2 : i + 1
                    guard asciiNeighbours(i, end, in: bytes, within: cell) else { return nil }
                    length += 4
                    i = end - 1
                case UInt8(ascii: "<"):
                    length += opensTag(at: i, in: bytes, within: cell) ? 4 : 1
                default:
                    length += 1
                }
                i += 1
            }
            if length == cell.count {
                return cell.count == bytes.count ? text : string(bytes[cell])
            }
            // Second pass: write it.
            return String(unsafeUninitializedCapacity: length) { output in
                var written = 0
                func write(_ piece: StaticString) {
                    for k in 0..<piece.utf8CodeUnitCount { output[written + k] = piece.utf8Start[k] }
                    written += piece.utf8CodeUnitCount
                }
                var i = cell.lowerBound
                while i < cell.upperBound {
                    let byte = bytes[i]
                    switch byte {
                    case UInt8(ascii: "|"): write("\\|")
                    case UInt8(ascii: "\n"): write("<br>")
                    case UInt8(ascii: "\r"):
                        if i + 1 < cell.upperBound, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                        write("<br>")
                    case UInt8(ascii: "<") where opensTag(at: i, in: bytes, within: cell): write("&lt;")
                    default:
                        output[written] = byte
                        written += 1
                    }
                    i += 1
                }
                return written
            }
        } ?? nil
    }

    /// `singleLine(_:)` by bytes, or nil for the general path.
    static func singleLineByBytes(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let all = 0..<bytes.count
            // First pass: the length of the line, and whether it differs from the text.
            var length = 0
            var words = 0
            var changes = false
            var inWord = false
            var i = 0
            while i < bytes.count {
                let (isWhitespace, next) = whitespaceScalar(at: i, in: bytes)
                if isWhitespace {
                    guard asciiNeighbours(i, next, in: bytes, within: all) else { return nil }
                    // Anything but one space between two words is a change.
                    if bytes[i] != UInt8(ascii: " ") || !inWord || next == bytes.count { changes = true }
                    inWord = false
                } else {
                    if !inWord { words += 1 }
                    inWord = true
                    length += next - i
                }
                i = next
            }
            guard changes else { return text }
            length += max(words - 1, 0)
            // Second pass: the words joined by single spaces.
            return String(unsafeUninitializedCapacity: length) { output in
                var written = 0
                var inWord = false
                var i = 0
                while i < bytes.count {
                    let (isWhitespace, next) = whitespaceScalar(at: i, in: bytes)
                    if isWhitespace {
                        inWord = false
                    } else {
                        if !inWord, written > 0 {
                            output[written] = UInt8(ascii: " ")
                            written += 1
                        }
                        inWord = true
                        for k in i..<next { output[written + k - i] = bytes[k] }
                        written += next - i
                    }
                    i = next
                }
                return written
            }
        } ?? nil
    }

    /// `neutralizingHTML(_:)` by bytes (exact for all text: it looks at ASCII scalars only), or nil
    /// when there is no tag to neutralise.
    static func neutralizingTags(in text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let all = 0..<bytes.count
            var tags = 0
            var i = 0
            while let found = bytes[i...].firstIndex(of: UInt8(ascii: "<")) {
                if opensTag(at: found, in: bytes, within: all) { tags += 1 }
                i = found + 1
            }
            guard tags > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 3 * tags) { output in
                var written = 0
                for i in all {
                    if bytes[i] == UInt8(ascii: "<"), opensTag(at: i, in: bytes, within: all) {
                        output[written] = UInt8(ascii: "&")
                        output[written + 1] = UInt8(ascii: "l")
                        output[written + 2] = UInt8(ascii: "t")
                        output[written + 3] = UInt8(ascii: ";")
                        written += 4
                    } else {
                        output[written] = bytes[i]
                        written += 1
                    }
                }
                return written
            }
        } ?? nil
    }

    // MARK: - Trimming

    /// The white space Foundation's `trimmingCharacters(in:)` removes, by bytes for ASCII.
    enum TrimmedSpace {
        /// `CharacterSet.whitespacesAndNewlines`: ASCII tab, line feed, vertical tab, form feed,
        /// carriage return and space, and non-ASCII scalars in the set.
        case whitespacesAndNewlines
        /// `CharacterSet.whitespaces`: ASCII tab and space, and non-ASCII scalars in the set.
        case whitespaces

        func containsASCII(_ byte: UInt8) -> Bool {
            switch self {
            case .whitespacesAndNewlines: byte == 0x20 || (0x09...0x0D).contains(byte)
            case .whitespaces: byte == 0x20 || byte == 0x09
            }
        }

        var characterSet: CharacterSet {
            switch self {
            case .whitespacesAndNewlines: .whitespacesAndNewlines
            case .whitespaces: .whitespaces
            }
        }
    }

    /// `text.trimmingCharacters(in: space.characterSet)`.
    static func trimming(_ text: Substring, _ space: TrimmedSpace) -> Substring {
        let range = text.utf8.withContiguousStorageIfAvailable { trimmedRange($0, space) } ?? nil
        guard let range else { return Substring(text.trimmingCharacters(in: space.characterSet)) }
        let utf8 = text.utf8
        return text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
    }

    /// The bytes left when ASCII white space of `space` is trimmed from both ends, or nil when a
    /// non-ASCII scalar at an end is white space too (Foundation then trims).
    private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>, _ space: TrimmedSpace) -> Range<Int>? {
        var start = 0
        var end = bytes.count
        while start < end, space.containsASCII(bytes[start]) { start += 1 }
        while start < end, space.containsASCII(bytes[end - 1]) { end -= 1 }
        guard start < end else { return start..<start }
        if bytes[start] >= 0x80, space.characterSet.contains(scalar(at: start, in: bytes).scalar) { return nil }
        if bytes[end - 1] >= 0x80 {
            var last = end - 1
            while bytes[last] & 0xC0 == 0x80 { last -= 1 }  // back to the lead byte
            if space.characterSet.contains(scalar(at: last, in: bytes).scalar) { return nil }
        }
        return start..<end
    }

    // MARK: - Bytes

    /// Whether the scalars before `start` and from `end` are ASCII (or there is none in `range`),
    /// so the bytes between are Characters of their own.
    private static func asciiNeighbours(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>) -> Bool {
        (start == range.lowerBound || bytes[start - 1] < 0x80) && (end == range.upperBound || bytes[end] < 0x80)
    }

    /// `neutralizingHTML`'s test at a `<`: it opens a tag, a comment or a declaration, and is not `<br>`.
    private static func opensTag(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, within range: Range<Int>) -> Bool {
        guard i + 1 < range.upperBound else { return false }
        let next = bytes[i + 1]
        let letter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next)
        guard letter || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else { return false }
        let lineBreak = i + 4 <= range.upperBound && next == UInt8(ascii: "b") && bytes[i + 2] == UInt8(ascii: "r")
            && bytes[i + 3] == UInt8(ascii: ">")
        return !lineBreak
    }

    /// Whether the scalar at `i` is white space (Unicode's White_Space, what `Character.isWhitespace`
    /// tests on a Character's first scalar), and where the next scalar starts.
    private static func whitespaceScalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Bool, Int) {
        let byte = bytes[i]
        if byte < 0x80 { return (byte == 0x20 || (0x09...0x0D).contains(byte), i + 1) }
        let (scalar, next) = scalar(at: i, in: bytes)
        return (scalar.properties.isWhitespace, next)
    }

    /// The scalar whose lead byte is at `i` (the bytes are a Swift string's: valid UTF-8), and
    /// where the next one starts.
    private static func scalar(at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = bytes[i]
        guard lead >= 0x80 else { return (Unicode.Scalar(lead), i + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value)!, i + length)
    }

    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }
}
