extension DaleChallEasyWords {
    /// The list as a byte table, built on first use, so checking a word builds no `String`.
    static let table = ByteWordTable(capacity: 3_000) { builder in
        for word in list.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) {
            Array(word).withUnsafeBufferPointer { builder.insert($0, 1) }
        }
    }
}
