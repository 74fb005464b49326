import Foundation

/// A number with a fixed count of decimals, written exactly as `String(format: "%.2f", value)`
/// writes it.
///
/// `String(format:)` parses its format through CoreFoundation on every call, and `messages.csv`
/// writes a dozen numbers a message (120,000 for a kit of 10,000 messages). CoreFoundation hands
/// `%f` to the C library's `snprintf`; calling `vsnprintf` directly gives the same text (same
/// rounding, C locale) for a fraction of the cost.
enum FixedDecimals {
    static func string(_ value: Double, decimals: Int) -> String {
        let capacity = 48
        let text = withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer -> String? in
            let length = withVaList([Int32(decimals), value]) { vsnprintf(buffer.baseAddress!, capacity, "%.*f", $0) }
            guard length >= 0, length < capacity else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(length)), as: UTF8.self)
        }
        // Only numbers too long for the buffer (beyond 10^40) take the slow way.
        return text ?? String(format: "%.\(decimals)f", value)
    }
}
