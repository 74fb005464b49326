extension String {
    /// Whether the two texts are equal once lower-cased.
    ///
    /// ASCII texts are compared byte by byte, folding only `A`-`Z` (all that lower-casing changes
    /// in ASCII), so the rules can compare a persona's accepted jargon with every glossary match
    /// without making two lower-cased copies each time.
    func equalsIgnoringCase(_ other: String) -> Bool {
        let bytes = utf8, otherBytes = other.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }), otherBytes.allSatisfy({ $0 < 0x80 }) else {
            return lowercased() == other.lowercased()
        }
        return bytes.elementsEqual(otherBytes) { Self.asciiLowercased($0) == Self.asciiLowercased($1) }
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
