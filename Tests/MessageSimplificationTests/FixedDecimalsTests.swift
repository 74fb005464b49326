import Foundation
import Testing
@testable import MessageSimplification

/// `FixedDecimals` stands in for `String(format:)` in the CSV and the grade texts: same text.
@Suite struct FixedDecimalsTests {
    static let values: [Double] = [
        0, -0.0, 1, 12.3, 0.125, 0.375, 2.675, 1.005, -0.005, -4.455, 9.995, 99.995, 206.835, -53.2456,
        1e15 + 0.5, 1e20, 1e45, .pi, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
    ]

    @Test(arguments: values) func writesWhatStringFormatWrites(_ value: Double) {
        #expect(FixedDecimals.string(value, decimals: 2) == String(format: "%.2f", value))
        #expect(FixedDecimals.string(value, decimals: 1) == String(format: "%.1f", value))
    }
}
