/// The word being read, lower-cased, in buffers reused from word to word.
///
/// textstat looks words up after removing punctuation and lower-casing them. Gathering the kept
/// scalars here, instead of slicing a `String` per word, keeps the scanner free of per-word
/// allocations; the ASCII bytes double as the key for the byte tables.
struct WordBuffer {
    /// The lower-cased scalars (Python's `str.lower()`, which may turn one scalar into two).
    private(set) var scalars: [UInt32] = []
    /// The same word as bytes, meaningful while `isASCII` holds (the tables hold ASCII only).
    private(set) var bytes: [UInt8] = []
    private(set) var isASCII = true
    /// Word characters (`\w`) as written, before lower-casing: textstat's length of a word once
    /// apostrophes are removed too, which is what its long-word count measures.
    private(set) var wordCharacters = 0
    /// Whether a U+0130 (İ) was lower-cased: the one scalar whose lower case (i + U+0307) holds a
    /// scalar that is not a word character, which makes textstat's difficult-word check see a
    /// different word (see `TextScanner`).
    private(set) var hasDottedCapitalI = false

    init() {
        scalars.reserveCapacity(64)
        bytes.reserveCapacity(64)
    }

    var isEmpty: Bool { scalars.isEmpty }

    mutating func removeAll() {
        scalars.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        isASCII = true
        wordCharacters = 0
        hasDottedCapitalI = false
    }

    /// Appends a word character (`\w`), lower-cased.
    @inline(__always)
    mutating func appendWordCharacter(_ value: UInt32) {
        wordCharacters += 1
        if value < 0x80 {
            let lower = value &- 0x41 < 26 ? value | 0x20 : value
            scalars.append(lower)
            bytes.append(UInt8(truncatingIfNeeded: lower))
        } else {
            appendNonASCII(value)
        }
    }

    /// Appends a kept contraction apostrophe.
    @inline(__always)
    mutating func appendApostrophe() {
        scalars.append(0x27)
        bytes.append(0x27)
    }

    /// Some non-ASCII scalars lower-case to ASCII (K, the Kelvin sign, to k), so ASCII-ness is
    /// decided on the lower-cased scalars, as the dictionary lookup sees them.
    private mutating func appendNonASCII(_ value: UInt32) {
        if value == 0x130 { hasDottedCapitalI = true }
        guard let scalar = Unicode.Scalar(value) else { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            scalars.append(lower.value)
            if lower.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: lower.value))
            } else {
                isASCII = false
            }
        }
    }

    /// The word without U+0307 COMBINING DOT ABOVE, which only lower-casing İ can have put there
    /// (a combining mark is not a word character, so the text's own were never kept).
    func removingCombiningDotAbove() -> WordBuffer {
        var copy = WordBuffer()
        copy.wordCharacters = wordCharacters
        for value in scalars where value != 0x307 {
            copy.scalars.append(value)
            if value < 0x80 {
                copy.bytes.append(UInt8(truncatingIfNeeded: value))
            } else {
                copy.isASCII = false
            }
        }
        return copy
    }

    /// Runs `body` over the word's ASCII bytes; only meaningful while `isASCII` holds.
    @inline(__always)
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    func withScalars<Result>(_ body: (UnsafeBufferPointer<UInt32>) -> Result) -> Result {
        scalars.withUnsafeBufferPointer(body)
    }
}
