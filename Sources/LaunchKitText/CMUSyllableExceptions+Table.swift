extension CMUSyllableExceptions {
    /// The exceptions decoded into a lookup table on first use (about a millisecond, once per
    /// process): one string literal per syllable count compiles far faster than a dictionary
    /// literal of 48k entries, and parsing it lazily costs nothing until a word is counted.
    static let table = ByteWordTable(capacity: 50_000) { builder in
        decode { word, syllables in builder.insert(word, syllables) }
    }

    /// Undoes the front coding described on `groups`, handing each word (in a reused buffer)
    /// with its syllable count to `body`.
    ///
    /// Reads each group's UTF-8 in place and keeps the word in a fixed buffer: this runs over
    /// 48k words in every process that counts a syllable, so no per-byte array bookkeeping.
    static func decode(_ body: (UnsafeBufferPointer<UInt8>, UInt8) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumWordLength) { word in
            for group in groups {
                var text = group.frontCodedWords
                text.withUTF8 { decode($0, syllables: UInt8(clamping: group.syllables), into: word, body) }
            }
        }
    }

    /// Room for the longest listed word (28 bytes) many times over.
    static let maximumWordLength = 256

    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, syllables: UInt8, into word: UnsafeMutableBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>, UInt8) -> Void
    ) {
        var length = 0
        var started = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if started { body(UnsafeBufferPointer(rebasing: word[..<length]), syllables) }
                length = min(length, Int(byte - UInt8(ascii: "0")))
                started = true
            case UInt8(ascii: "\n"), UInt8(ascii: " "):
                continue
            default:
                assert(length < word.count, "a listed word is longer than maximumWordLength")
                if length < word.count {
                    word[length] = byte
                    length += 1
                }
            }
        }
        if started { body(UnsafeBufferPointer(rebasing: word[..<length]), syllables) }
    }
}
