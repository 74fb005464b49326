import Foundation

/// Byte-level paths of `MarkdownText`, for the text templates write most.
///
/// A packet writes every field of every row through these (a 10,000-row table calls `cell` 50,000
/// times), and the Character-level definitions in `MarkdownText.swift` cost microseconds a call:
/// Foundation's trimming round-trips through `NSString`, and `Character` iteration segments
/// graphemes. Here one pass over the UTF-8 bytes decides, and text that needs no change comes back
/// as it was, without a copy.
///
/// They give exactly what the Character-level definitions give. Where bytes alone cannot tell,
/// they return nil and the caller takes the general path: a `|`, line break or space next to a
/// non-ASCII scalar (which may join it into one Character: `|` + U+0301 is not `|`), a line break
/// written `\r` (Foundation unifies those). White space at the ends is trimmed by bytes when it is
/// ASCII; a non-ASCII scalar at an end is asked of the same `CharacterSet` Foundation trims with.
/// `MarkdownTextTests` compares both paths on generated text.
extension MarkdownText {
    /// `tableCell(_:)` by bytes, or nil for the general path.
    static func tableCellByBytes(_ text: String) -> String? {
        let cell = trimming(Substring(text), .whitespacesAndNewlines)
        let bytes = cell.utf8
        guard let firstSpecial = bytes.firstIndex(where: isTableCellSpecial) else {
            return cell.startIndex == text.startIndex && cell.endIndex == text.endIndex ? text : String(cell)
        }
        var result = ""
        result.reserveCapacity(bytes.count + 16)
        var copied = bytes.startIndex
        var i = firstSpecial
        while i < bytes.endIndex {
            let byte = bytes[i]
            guard isTableCellSpecial(byte) else {
                i = bytes.index(after: i)
                continue
            }
            var next = bytes.index(after: i)
            let replacement: String?
            switch byte {
            case UInt8(ascii: "|"):
                guard asciiNeighbours(i, next, in: bytes) else { return nil }
                replacement = "\\|"
            case UInt8(ascii: "\n"):
                // A line feed is always a Character of its own (grapheme rules break around it).
                replacement = "<br>"
            case UInt8(ascii: "\r"):
                if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") { next = bytes.index(after: next) }
                // Foundation's search does not find "\r\n" before a combining mark.
                guard asciiNeighbours(i, next, in: bytes) else { return nil }
                replacement = "<br>"
            default:  // "<"
                replacement = opensTag(at: i, in: bytes) ? "&lt;" : nil
            }
            if let replacement {
                result += cell[copied..<i]
                result += replacement
                copied = next
            }
            i = next
        }
        result += cell[copied...]
        return result
    }

    /// `singleLine(_:)` by bytes, or nil for the general path.
    static func singleLineByBytes(_ text: String) -> String? {
        let line = Substring(text)
        let bytes = line.utf8
        // First pass: is the text already one line, single spaces between words?
        var changes = false
        var previousWasSpace = true  // a space at the start is a change
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let (isWhitespace, next) = whitespaceScalar(at: i, in: bytes)
            if isWhitespace {
                guard asciiNeighbours(i, next, in: bytes) else { return nil }
                if bytes[i] != UInt8(ascii: " ") || previousWasSpace { changes = true }
            }
            previousWasSpace = isWhitespace
            i = next
        }
        if previousWasSpace, !bytes.isEmpty { changes = true }
        guard changes else { return text }

        // Second pass: words joined by single spaces.
        var result = ""
        result.reserveCapacity(bytes.count)
        var wordStart: String.Index?
        i = bytes.startIndex
        while i < bytes.endIndex {
            let (isWhitespace, next) = whitespaceScalar(at: i, in: bytes)
            if isWhitespace {
                if let start = wordStart {
                    if !result.isEmpty { result += " " }
                    result += line[start..<i]
                    wordStart = nil
                }
            } else if wordStart == nil {
                wordStart = i
            }
            i = next
        }
        if let start = wordStart {
            if !result.isEmpty { result += " " }
            result += line[start...]
        }
        return result
    }

    /// `neutralizingHTML(_:)` by bytes (exact for all text: it works on ASCII scalars only), or nil
    /// when there is no tag to neutralise.
    static func neutralizingTags(in text: Substring) -> String? {
        let bytes = text.utf8
        guard var i = bytes.firstIndex(of: UInt8(ascii: "<")) else { return nil }
        var result: String?
        var copied = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "<"), opensTag(at: i, in: bytes) {
                if result == nil {
                    result = ""
                    result!.reserveCapacity(bytes.count + 16)
                }
                result! += text[copied..<i]
                result! += "&lt;"
                copied = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        guard var result else { return nil }
        result += text[copied...]
        return result
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

    /// `text.trimmingCharacters(in: space.characterSet)`: ASCII white space by bytes; when a
    /// non-ASCII scalar at an end is white space too, Foundation trims what is left (the same
    /// result, as trimming removes the longest run of white space scalars at each end).
    static func trimming(_ text: Substring, _ space: TrimmedSpace) -> Substring {
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, space.containsASCII(bytes[start]) { start = bytes.index(after: start) }
        while start < end {
            let last = bytes.index(before: end)
            guard space.containsASCII(bytes[last]) else { break }
            end = last
        }
        guard start < end else { return text[start..<start] }
        let scalars = text.unicodeScalars
        let first = scalars[start]
        let last = scalars[scalars.index(before: end)]
        if (!first.isASCII && space.characterSet.contains(first)) || (!last.isASCII && space.characterSet.contains(last)) {
            return Substring(text[start..<end].trimmingCharacters(in: space.characterSet))
        }
        return text[start..<end]
    }

    // MARK: - Bytes

    private static func isTableCellSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "<")
    }

    /// Whether the scalars before `start` and from `end` are ASCII (or there is none), so the bytes
    /// between are Characters of their own.
    private static func asciiNeighbours(_ start: String.Index, _ end: String.Index, in bytes: Substring.UTF8View) -> Bool {
        (start == bytes.startIndex || bytes[bytes.index(before: start)] < 0x80) && (end == bytes.endIndex || bytes[end] < 0x80)
    }

    /// `neutralizingHTML`'s test at a `<`: it opens a tag, a comment or a declaration, and is not `<br>`.
    private static func opensTag(at i: String.Index, in bytes: Substring.UTF8View) -> Bool {
        let next = bytes.index(after: i)
        guard next < bytes.endIndex, opensTag(bytes[next]) else { return false }
        return !bytes[next...].starts(with: "br>".utf8)
    }

    static func opensTag(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Whether the scalar at `i` is white space (Unicode's White_Space, what `Character.isWhitespace`
    /// tests on a Character's first scalar), and where the next scalar starts.
    private static func whitespaceScalar(at i: String.Index, in bytes: Substring.UTF8View) -> (Bool, String.Index) {
        let byte = bytes[i]
        if byte < 0x80 {
            return (byte == 0x20 || (0x09...0x0D).contains(byte), bytes.index(after: i))
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (0x7F >> UInt32(length))
        var next = bytes.index(after: i)
        for _ in 1..<length {
            value = value << 6 | UInt32(bytes[next] & 0x3F)
            next = bytes.index(after: next)
        }
        return (Unicode.Scalar(value)?.properties.isWhitespace ?? false, next)
    }
}
