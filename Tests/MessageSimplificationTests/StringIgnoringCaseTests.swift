import Testing
@testable import MessageSimplification

/// `equalsIgnoringCase` gives what comparing lower-cased copies gives, ASCII or not.
@Suite struct StringIgnoringCaseTests {
    @Test(arguments: [
        ("CNAPP", "cnapp"), ("IaC", "iac"), ("SOC 2", "soc 2"), ("CI/CD", "ci/cd"), ("zero trust", "Zero Trust"),
        ("CNAPP", "CNAP"), ("CNAPP", "CNAPPs"), ("[", "{"), ("@", "`"), ("Ünit", "ünit"), ("K", "\u{212A}"), ("İ", "i"), ("", ""),
    ])
    func agreesWithLowercasedCopies(_ pair: (String, String)) {
        #expect(pair.0.equalsIgnoringCase(pair.1) == (pair.0.lowercased() == pair.1.lowercased()))
        #expect(pair.1.equalsIgnoringCase(pair.0) == (pair.0.lowercased() == pair.1.lowercased()))
    }
}
