extension CMUSyllableExceptions {
    /// The exceptions decoded into a lookup table on first use (about a millisecond, once per
    /// process): one string literal per syllable count compiles far faster than a dictionary
    /// literal of 48k entries, and parsing it lazily costs nothing until a word is counted.
    static let table = ByteWordTable(capacity: 50_000) { builder in
        decode { word, syllables in builder.insert(word, syllables) }
    }

    /// Undoes the front coding described on `groups`, handing each word (in a reused buffer)
    /// with its syllable count to `body`.
    static func decode(_ body: (UnsafeBufferPointer<UInt8>, UInt8) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        for group in groups {
            let syllables = UInt8(clamping: group.syllables)
            var started = false
            for byte in group.frontCodedWords.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if started { word.withUnsafeBufferPointer { body($0, syllables) } }
                    word.removeSubrange(min(word.count, Int(byte - UInt8(ascii: "0")))...)
                    started = true
                case UInt8(ascii: "\n"), UInt8(ascii: " "):
                    continue
                default:
                    word.append(byte)
                }
            }
            if started { word.withUnsafeBufferPointer { body($0, syllables) } }
            word.removeAll(keepingCapacity: true)
        }
    }
}
