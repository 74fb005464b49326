/// What the scanner has already looked up for the words of the current text.
///
/// Prose repeats itself: 544 KB of release notes hold 59k words but only about 9k distinct ones.
/// Remembering each distinct word's syllable count and easy-word status turns most words into one
/// probe of a small, warm table, instead of two probes of the large static tables and a run of
/// the hyphenation patterns. The cache lives for one `TextScanner` pass, so it needs no locking;
/// `SharedWordCache` keeps what every pass learnt for the passes after it.
struct WordLookupCache {
    /// A cached answer (stored packed: syllables in the high bits, the easy-word flag in bit 0).
    struct Entry {
        var syllables: Int
        var isEasy: Bool
    }

    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var entries: [UInt32] = []
    private var hashes: [UInt32] = []
    private var slots: [Int32]
    private var slotMask: Int

    /// The number of words remembered.
    var count: Int { entries.count }

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        slotMask = size - 1
    }

    /// The cached entry for `key`, if the word was seen before.
    @inline(__always)
    func entry(for key: UnsafeBufferPointer<UInt8>) -> Entry? {
        let hash = Self.hash(key)
        var slot = Int(hash) & slotMask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, matches(index, key) {
                let packed = entries[index]
                return Entry(syllables: Int(packed >> 1), isEasy: packed & 1 == 1)
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// Remembers `entry` for `key`, which `entry(for:)` has just not found.
    mutating func insert(_ entry: Entry, for key: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(key)
        var slot = Int(hash) & slotMask
        while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
        slots[slot] = Int32(entries.count)
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        entries.append(UInt32(clamping: entry.syllables) << 1 | (entry.isEasy ? 1 : 0))
        hashes.append(hash)
        if entries.count * 2 > slots.count { grow() }
    }

    @inline(__always)
    private func matches(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[index])
        guard Int(keyStarts[index + 1]) - start == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { keyBytes in
            for offset in 0..<key.count where keyBytes[start + offset] != key[offset] {
                return false
            }
            return true
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        slotMask = size - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & slotMask
            while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a, folded to 32 bits.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        return hash ^ (hash >> 16)
    }
}
