import Foundation
import LaunchKitTestSupport

/// The vendored textstat 0.7.13 data (`Tests/Conformance/textstat`), decoded once.
enum TextstatFixtures {
    struct Expected: Decodable {
        var texts: [String: String]
        var cases: [Case]
    }

    struct Case: Decodable {
        var id: String
        var call: String?
        var params: [String: JSONValue]
        var expected_param: String?
        var compare: String?
        var round_digits: Int?
        /// What the installed textstat 0.7.13 returned when the fixture was re-checked.
        var actual_textstat_0_7_13: JSONValue?
    }

    struct Derived: Decodable {
        var extra_texts: [String: String]
        var values: [String: [String: JSONValue]]
    }

    static let folder = PackagePaths.conformance.appending(path: "textstat")

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appending(path: "textstat-expected.json")))
    }

    static func derived() throws -> Derived {
        try JSONDecoder().decode(Derived.self, from: Data(contentsOf: folder.appending(path: "textstat-derived-en.json")))
    }

    /// Python's `round(x, digits)`: correctly rounded from the exact binary value, which is what
    /// `%.*f` does too (a multiply-and-round would differ on ties such as 2.675).
    static func pythonRound(_ value: Double, _ digits: Int) -> Double {
        Double(String(format: "%.\(digits)f", value))!
    }
}
