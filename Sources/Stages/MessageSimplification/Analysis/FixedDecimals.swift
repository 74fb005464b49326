import Foundation

/// A number with a fixed count of decimals, written exactly as `String(format: "%.2f", value)`
/// writes it.
///
/// `String(format:)` parses its format through CoreFoundation on every call, and `messages.csv`
/// writes a dozen numbers a message (120,000 for a kit of 10,000 messages); `vsnprintf` was
/// cheaper but still boxed its arguments. This rounds the double's exact binary value in integer
/// arithmetic, as the C library does: to the nearest, a tie to the even last digit, and a minus
/// sign for any negative value, even one that rounds to zero ("-0.00").
enum FixedDecimals {
    static func string(_ value: Double, decimals: Int) -> String {
        // Within these bounds every product below fits in 64 bits; the rest is rare enough for
        // String(format:).
        guard value.isFinite, value.magnitude < 1e15, (0...3).contains(decimals) else {
            return String(format: "%.\(decimals)f", value)
        }
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = roundedScaledMagnitude(value.magnitude, scale: scale)
        var text = value.sign == .minus ? "-" : ""
        text += String(scaled / scale)
        if decimals > 0 {
            let fraction = String(scaled % scale)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// `magnitude × scale`, rounded to an integer: to the nearest, a tie to even.
    private static func roundedScaledMagnitude(_ magnitude: Double, scale: UInt64) -> UInt64 {
        // magnitude = significand × 2^exponent exactly, with an integer significand.
        let isSubnormal = magnitude.exponentBitPattern == 0
        let significand = magnitude.significandBitPattern | (isSubnormal ? 0 : 1 << 52)
        let exponent = (isSubnormal ? 1 : Int(magnitude.exponentBitPattern)) - 1075
        let product = significand * scale
        if exponent >= 0 { return product << exponent }
        let shift = -exponent
        // Below 2^-4 after scaling: less than half, rounds to zero.
        guard shift < 64 else { return 0 }
        let quotient = product >> shift
        let remainder = product & ((1 << shift) - 1)
        let half: UInt64 = 1 << (shift - 1)
        return remainder > half || (remainder == half && quotient & 1 == 1) ? quotient + 1 : quotient
    }
}
