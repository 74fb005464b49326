/// Text assembled from pieces of a source, remembering for each UTF-16 unit the UTF-16 offset it
/// came from, so positions survive markup removal, entity decoding and escapes.
struct MappedText {
    var units: [UInt16] = []
    var offsets: [Int32] = []

    init() {}

    init(units: [UInt16], offsets: [Int32]) {
        self.units = units
        self.offsets = offsets
    }

    var isEmpty: Bool { units.isEmpty }
    var count: Int { units.count }

    mutating func append(_ unit: UInt16, at offset: Int) {
        units.append(unit)
        offsets.append(Int32(offset))
    }

    /// Appends `source[range]`, each unit mapped to where it is.
    mutating func append(source: [UInt16], _ range: Range<Int>) {
        units.append(contentsOf: source[range])
        // A loop over a reserved array: appending a lazy map goes element by element through
        // the generic sequence path, and this runs for every line of every paragraph.
        offsets.reserveCapacity(offsets.count + range.count)
        for offset in range { offsets.append(Int32(truncatingIfNeeded: offset)) }
    }

    /// Appends `other[range]` with its mapping.
    mutating func append(_ other: MappedText, _ range: Range<Int>) {
        units.append(contentsOf: other.units[range])
        offsets.append(contentsOf: other.offsets[range])
    }

    /// Appends text that does not exist in the source (a decoded entity, a space Vale inserts),
    /// mapping all of it to `offset`.
    mutating func append(synthetic text: String, at offset: Int) {
        for unit in text.utf16 {
            units.append(unit)
            offsets.append(Int32(offset))
        }
    }

    mutating func append(_ other: MappedText) {
        units.append(contentsOf: other.units)
        offsets.append(contentsOf: other.offsets)
    }

    var string: String { String(utf16Units: units[...]) }

    /// The first source offset, or `fallback` for empty text.
    func firstOffset(or fallback: Int) -> Int { offsets.first.map(Int.init) ?? fallback }

    /// Go's `strings.TrimSpace` applied in place.
    mutating func trimSpace() {
        var start = 0
        var end = units.count
        while start < end, Self.isSpace(units[start]) { start += 1 }
        while end > start, Self.isSpace(units[end - 1]) { end -= 1 }
        if start > 0 || end < units.count {
            units = Array(units[start..<end])
            offsets = Array(offsets[start..<end])
        }
    }

    /// Removes leading spaces (U+0020 only), as Vale's `TrimLeft(txt, " ")`.
    mutating func trimLeadingSpaces() {
        var start = 0
        while start < units.count, units[start] == 32 { start += 1 }
        if start > 0 {
            units.removeFirst(start)
            offsets.removeFirst(start)
        }
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 9...13, 32, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Each scalar except a line break becomes one `*` (Vale's `Substitute`, used to mask code
    /// and link URLs while keeping positions).
    mutating func mask() {
        var newUnits: [UInt16] = []
        var newOffsets: [Int32] = []
        newUnits.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            let unit = units[index]
            newUnits.append(unit == 10 ? 10 : 42)
            newOffsets.append(offsets[index])
            // A surrogate pair is one scalar, so one star.
            index += (0xD800...0xDBFF).contains(unit) && index + 1 < units.count ? 2 : 1
        }
        units = newUnits
        offsets = newOffsets
    }
}
