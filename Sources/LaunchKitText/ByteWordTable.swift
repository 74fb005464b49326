/// An immutable table from short ASCII words to a small number, looked up by bytes.
///
/// The syllable exceptions and the easy-word list are consulted once per word of every text, so
/// a lookup must not build a `String`: it hashes the bytes already gathered in a `WordBuffer`.
/// Keys live back to back in one byte array, indexed by an open-addressing slot array. A class,
/// so that the hot loop shares the instance rather than copying and retaining its arrays.
///
/// Filling only appends; the slots are laid out in one pass over raw buffers at the end, since
/// building the 48k-word syllable table is part of every process that counts a word.
final class ByteWordTable: Sendable {
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let values: [UInt8]
    private let slots: [Int32]
    private let slotMask: Int
    /// The longest key: a longer word needs no lookup.
    let maxKeyLength: Int

    /// - Parameters:
    ///   - capacity: about how many keys `fill` will insert.
    ///   - fill: inserts the keys (ASCII bytes) with their values; a repeated key keeps its last
    ///     value. Keys are passed as buffers so that a decoder can reuse one for every key.
    init(capacity: Int, fill: (inout Builder) -> Void) {
        var builder = Builder(capacity: capacity)
        fill(&builder)
        var size = 16
        while size < builder.values.count * 2 { size <<= 1 }
        var values = builder.values
        slots = Self.layOut(keyBytes: builder.keyBytes, keyStarts: builder.keyStarts, values: &values, size: size)
        slotMask = size - 1
        keyBytes = builder.keyBytes
        keyStarts = builder.keyStarts
        self.values = values
        maxKeyLength = builder.maxKeyLength
    }

    /// Collects the keys while a table is made.
    struct Builder {
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = [0]
        var values: [UInt8] = []
        var maxKeyLength = 0

        fileprivate init(capacity: Int) {
            keyBytes.reserveCapacity(capacity * 8)
            keyStarts.reserveCapacity(capacity + 1)
            values.reserveCapacity(capacity)
        }

        mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: UInt8) {
            keyBytes.append(contentsOf: key)
            keyStarts.append(Int32(keyBytes.count))
            values.append(value)
            maxKeyLength = max(maxKeyLength, key.count)
        }
    }

    /// The open-addressing slots for the collected keys, at most half full. A key inserted twice
    /// keeps its first entry, which takes the last value (the later entry is never reached).
    private static func layOut(keyBytes: [UInt8], keyStarts: [Int32], values: inout [UInt8], size: Int) -> [Int32] {
        var slots = [Int32](repeating: -1, count: size)
        let mask = size - 1
        keyBytes.withUnsafeBufferPointer { keyBytes in
        keyStarts.withUnsafeBufferPointer { keyStarts in
        values.withUnsafeMutableBufferPointer { values in
        slots.withUnsafeMutableBufferPointer { slots in
            for index in 0..<values.count {
                let start = Int(keyStarts[index])
                let key = UnsafeBufferPointer(rebasing: keyBytes[start..<Int(keyStarts[index + 1])])
                var slot = Int(truncatingIfNeeded: hash(key)) & mask
                while true {
                    let other = Int(slots[slot])
                    if other < 0 {
                        slots[slot] = Int32(index)
                        break
                    }
                    let otherStart = Int(keyStarts[other])
                    if Int(keyStarts[other + 1]) - otherStart == key.count, equal(keyBytes, from: otherStart, key) {
                        values[other] = values[index]
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }}}}
        return slots
    }

    /// The value stored for `key`, or nil.
    func value(for key: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard key.count <= maxKeyLength else { return nil }
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & slotMask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                keyStarts.withUnsafeBufferPointer { keyStarts in
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return nil }
                        let start = Int(keyStarts[index])
                        let end = Int(keyStarts[index + 1])
                        if end - start == key.count, Self.equal(keyBytes, from: start, key) {
                            return values[index]
                        }
                        slot = (slot + 1) & slotMask
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func equal(
        _ keyBytes: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        for offset in 0..<key.count where keyBytes[start + offset] != key[offset] {
            return false
        }
        return true
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        value(for: key) != nil
    }

    /// FNV-1a: short keys, no need for anything stronger; the table is built from trusted data.
    @inline(__always)
    fileprivate static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
