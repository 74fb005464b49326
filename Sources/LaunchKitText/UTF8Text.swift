/// A text's UTF-8 bytes read one Unicode scalar at a time, with the lookahead textstat's
/// contraction rule needs.
///
/// Working on the bytes of a native `String` avoids `Character` (grapheme) segmentation, which is
/// both slower and wrong here: textstat's regular expressions see code points.
struct UTF8Text {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// The scalar starting at byte `index` and its length in bytes. The bytes come from a Swift
    /// `String`, so they are valid UTF-8 and `index` is always the start of a scalar.
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | continuation(index + 1), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | continuation(index + 1) << 6 | continuation(index + 2), 3)
        }
        return ((lead & 0x07) << 18 | continuation(index + 1) << 12 | continuation(index + 2) << 6
            | continuation(index + 3), 4)
    }

    @inline(__always)
    private func continuation(_ index: Int) -> UInt32 {
        UInt32(bytes[index] & 0x3F)
    }

    /// Whether the apostrophe at byte `index` is one textstat keeps: its
    /// `'(?=[tsd]|ve|ll|re)` (lower case only, looking at the original text). Every other
    /// apostrophe is removed like any punctuation, so "o'clock" becomes "oclock".
    @inline(__always)
    func isContractionApostrophe(at index: Int) -> Bool {
        let next = index + 1
        guard next < bytes.count else { return false }
        switch bytes[next] {
        case UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "d"):
            return true
        case UInt8(ascii: "v"), UInt8(ascii: "r"):
            return next + 1 < bytes.count && bytes[next + 1] == UInt8(ascii: "e")
        case UInt8(ascii: "l"):
            return next + 1 < bytes.count && bytes[next + 1] == UInt8(ascii: "l")
        default:
            return false
        }
    }
}

extension String {
    /// Runs `body` over the string's UTF-8 bytes without copying a native string.
    func withUTF8Text<Result>(_ body: (UTF8Text) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable({ try body(UTF8Text(bytes: $0)) }) {
            return result
        }
        var copy = self
        return try copy.withUTF8 { try body(UTF8Text(bytes: $0)) }
    }
}
