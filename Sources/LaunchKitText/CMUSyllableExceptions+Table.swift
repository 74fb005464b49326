extension CMUSyllableExceptions {
    /// The exceptions decoded into a lookup table on first use (a few milliseconds, once per
    /// process): one string literal per syllable count compiles far faster than a dictionary
    /// literal of 48k entries, and parsing it lazily costs nothing until a word is counted.
    static let table = ByteWordTable(decodedEntries())

    /// Undoes the front coding described on `groups`.
    static func decodedEntries() -> [(key: [UInt8], value: UInt8)] {
        var entries: [(key: [UInt8], value: UInt8)] = []
        entries.reserveCapacity(50_000)
        for group in groups {
            let value = UInt8(clamping: group.syllables)
            var word: [UInt8] = []
            var started = false
            for byte in group.frontCodedWords.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if started { entries.append((word, value)) }
                    word.removeSubrange(min(word.count, Int(byte - UInt8(ascii: "0")))...)
                    started = true
                case UInt8(ascii: "\n"), UInt8(ascii: " "):
                    continue
                default:
                    word.append(byte)
                }
            }
            if started { entries.append((word, value)) }
        }
        return entries
    }
}
