import Foundation
import LaunchKitTestSupport
import Testing
@testable import MessageSimplification

/// `FixedDecimals` stands in for `String(format:)` in the CSV and the grade texts: same text.
@Suite struct FixedDecimalsTests {
    static let values: [Double] = [
        0, -0.0, 1, 12.3, 0.125, 0.375, 2.675, 1.005, -0.005, -0.001, -4.455, 9.995, 99.995, 206.835, -53.2456, 0.05, 0.25, 0.35,
        1e15 - 0.5, 1e15 + 0.5, 1e20, 1e45, .pi, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .leastNormalMagnitude,
        .greatestFiniteMagnitude, 0x1p-5, 0x1p-70,
    ]

    @Test(arguments: values) func writesWhatStringFormatWrites(_ value: Double) {
        for decimals in 0...3 {
            #expect(FixedDecimals.string(value, decimals: decimals) == String(format: "%.\(decimals)f", value))
        }
    }

    /// Exact ties (multiples of 1/1024) and numbers of every magnitude a score takes, and beyond.
    @Test func writesWhatStringFormatWritesForManyNumbers() {
        var generator = SplitMix64(seed: 42)
        var values = (-4096...4096).map { Double($0) / 1024 }
        for _ in 0..<20_000 {
            let magnitude = Double(generator.next() % 1_000_000_000) / 1_000_000 * pow(10, Double(generator.next() % 12) - 6)
            values.append(generator.next() % 2 == 0 ? magnitude : -magnitude)
        }
        let mismatches = values.filter { value in
            (1...2).contains { FixedDecimals.string(value, decimals: $0) != String(format: "%.\($0)f", value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

}
