/// The word being read, lower-cased, in storage reused from word to word.
///
/// textstat looks words up after removing punctuation and lower-casing them. Gathering the kept
/// scalars here, instead of slicing a `String` per word, keeps the scanner free of per-word
/// allocations; the ASCII bytes double as the key for the byte tables. The storage is raw and
/// the type non-copyable, so appending costs no reference counting or uniqueness check.
struct WordBuffer: ~Copyable {
    private var scalarStorage: UnsafeMutablePointer<UInt32>
    private var byteStorage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var scalarCount = 0
    private var byteCount = 0
    /// Whether every lower-cased scalar is ASCII; only then do `bytes` spell the word.
    private(set) var isASCII = true
    /// Word characters (`\w`) as written, before lower-casing: textstat's length of a word once
    /// apostrophes are removed too, which is what its long-word count measures.
    private(set) var wordCharacters = 0
    /// Whether a U+0130 (İ) was lower-cased: the one scalar whose lower case (i + U+0307) holds a
    /// scalar that is not a word character, which makes textstat's difficult-word check see a
    /// different word (see `TextScanner`).
    private(set) var hasDottedCapitalI = false

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 8)
        scalarStorage = .allocate(capacity: self.capacity)
        byteStorage = .allocate(capacity: self.capacity)
    }

    deinit {
        scalarStorage.deallocate()
        byteStorage.deallocate()
    }

    var isEmpty: Bool { scalarCount == 0 }

    /// The lower-cased scalars (Python's `str.lower()`, which may turn one scalar into two).
    var scalars: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: scalarStorage, count: scalarCount) }

    /// The word as ASCII bytes, meaningful while `isASCII` holds.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: byteStorage, count: byteCount) }

    mutating func removeAll() {
        scalarCount = 0
        byteCount = 0
        isASCII = true
        wordCharacters = 0
        hasDottedCapitalI = false
    }

    /// Appends a word character (`\w`), lower-cased.
    @inline(__always)
    mutating func appendWordCharacter(_ value: UInt32) {
        wordCharacters += 1
        if value < 0x80 {
            append(value &- 0x41 < 26 ? value | 0x20 : value)
        } else {
            appendNonASCII(value)
        }
    }

    /// Appends a kept contraction apostrophe.
    @inline(__always)
    mutating func appendApostrophe() {
        append(0x27)
    }

    /// Some non-ASCII scalars lower-case to ASCII (K, the Kelvin sign, to k), so ASCII-ness is
    /// decided on the lower-cased scalars, as the dictionary lookup sees them.
    private mutating func appendNonASCII(_ value: UInt32) {
        if value == 0x130 { hasDottedCapitalI = true }
        guard let scalar = Unicode.Scalar(value) else { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            append(lower.value)
        }
    }

    @inline(__always)
    private mutating func append(_ value: UInt32) {
        if scalarCount == capacity { grow() }
        scalarStorage[scalarCount] = value
        scalarCount += 1
        if value < 0x80 {
            byteStorage[byteCount] = UInt8(truncatingIfNeeded: value)
            byteCount += 1
        } else {
            isASCII = false
        }
    }

    private mutating func grow() {
        let larger = capacity * 2
        let newScalars = UnsafeMutablePointer<UInt32>.allocate(capacity: larger)
        newScalars.update(from: scalarStorage, count: scalarCount)
        scalarStorage.deallocate()
        scalarStorage = newScalars
        let newBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        newBytes.update(from: byteStorage, count: byteCount)
        byteStorage.deallocate()
        byteStorage = newBytes
        capacity = larger
    }

    /// The word without U+0307 COMBINING DOT ABOVE, which only lower-casing İ can have put there
    /// (a combining mark is not a word character, so the text's own were never kept).
    func removingCombiningDotAbove() -> WordBuffer {
        var copy = WordBuffer(capacity: scalarCount)
        copy.wordCharacters = wordCharacters
        for value in scalars where value != 0x307 {
            copy.append(value)
        }
        return copy
    }
}
