/// An immutable table from short ASCII words to a small number, looked up by bytes.
///
/// The syllable exceptions and the easy-word list are consulted once per word of every text, so
/// a lookup must not build a `String`: it hashes the bytes already gathered in a `WordBuffer`.
/// Keys live back to back in one byte array, indexed by an open-addressing slot array.
struct ByteWordTable: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var values: [UInt8] = []
    private var slots: [Int32] = []
    private var slotMask = 0
    /// The longest key: a longer word needs no lookup.
    private(set) var maxKeyLength = 0

    var count: Int { values.count }

    /// - Parameter entries: the keys (ASCII bytes) with their values; a repeated key keeps its
    ///   last value.
    init(_ entries: [(key: [UInt8], value: UInt8)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        slotMask = capacity - 1
        for entry in entries {
            insert(entry.key, entry.value)
        }
    }

    private mutating func insert(_ key: [UInt8], _ value: UInt8) {
        var slot = Int(truncatingIfNeeded: key.withUnsafeBufferPointer(Self.hash)) & slotMask
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if keyBytes[Int(keyStarts[index])..<Int(keyStarts[index + 1])].elementsEqual(key) {
                values[index] = value
                return
            }
            slot = (slot + 1) & slotMask
        }
        slots[slot] = Int32(values.count)
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        values.append(value)
        maxKeyLength = max(maxKeyLength, key.count)
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
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
