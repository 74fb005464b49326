/// An amount of money in cents, so sums and discounts never pick up floating-point pennies.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var cents: Int

    public init(cents: Int) {
        self.cents = cents
    }

    /// Parses `49`, `49.5` or `49.50`; nil for anything else (negative amounts included).
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), let whole = Int(parts[0]), whole >= 0,
              parts[0].allSatisfy(\.isNumber) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        cents = product + fraction
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * rhs) }

    /// The amount less `percent`, rounded half up to the cent.
    public func discounted(byPercent percent: Int) -> Money {
        Money(cents: (cents * (100 - percent) + 50) / 100)
    }

    /// `12,345` for whole amounts, `12,345.60` otherwise: how a price list reads.
    public var description: String {
        var digits = String(cents / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let remainder = cents % 100
        return remainder == 0 ? grouped : grouped + "." + (remainder < 10 ? "0" : "") + String(remainder)
    }

    /// The amount with its currency: `$12,345`, `€49.50`, `CHF 120`.
    public func formatted(in currency: String) -> String {
        switch currency {
        case "USD": "$\(self)"
        case "EUR": "€\(self)"
        case "GBP": "£\(self)"
        default: "\(currency) \(self)"
        }
    }
}
