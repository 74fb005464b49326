extension DaleChallEasyWords {
    /// The list as a byte table, built on first use, so checking a word builds no `String`.
    static let table = ByteWordTable(
        list.utf8.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") })
            .map { (key: Array($0), value: 1) }
    )
}
