@testable import LaunchKitStyles
import Testing

/// The literals the pre-scan looks for must be present in every match (or the rule would miss
/// alerts), so each case here is checked against the regex itself.
@Suite struct RequiredLiteralsTests {
    @Test(arguments: [
        ("very", false, [["very"]]),
        ("(?:bunch|flock) of woodpeckers", true, [["bunch of woodpeckers", "flock of woodpeckers"]]),
        ("\\w+ing", false, [["ing"]]),
        ("seem(s)?", true, [["seem"]]),
        ("[ap]m", false, [["am", "pm"]]),
        ("\\d{1,2}[ap]\\.?m", true, [["0a", "0p", "1a", "1p", "2a", "2p", "3a", "3p", "4a", "4p", "5a", "5p", "6a", "6p", "7a", "7p", "8a", "8p", "9a", "9p"], ["m"], ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]]),
        ("Hello", false, [["hello"]]),
    ])
    func requirements(_ pattern: String, _ caseInsensitive: Bool, _ expected: [[String]]) {
        #expect(RequiredLiterals.of(pattern, caseInsensitive: caseInsensitive)?.sets == expected.map(Set.init))
    }

    @Test(arguments: ["\\w+", "(?i)inline", "a*", "\\Qabc\\E", "(?:a|\\w)"])
    func nothingCertain(_ pattern: String) {
        #expect(RequiredLiterals.of(pattern, caseInsensitive: false) == nil)
    }

    @Test func nonASCIILettersEndLiteralsWhenIgnoringCase() {
        #expect(RequiredLiterals.of("café latte", caseInsensitive: true)?.sets == [[" latte"], ["caf"]])
        #expect(RequiredLiterals.of("café latte", caseInsensitive: false)?.sets == [["café latte"]])
    }

    /// A rule whose matches need an ASCII digit still fires on other decimal digits, because the
    /// scan then runs the regex anyway.
    @Test func otherDigitsStillMatch() throws {
        let rule = try StyleRule.load(yaml: "extends: existence\nmessage: x\nnonword: true\ntokens: ['\\d{1,2}pm']\n", name: "Test.Time")
        #expect(Linter(rules: [rule]).lint(text: "At ٣pm.", file: "a.txt").count == 1)
    }

    /// ICU's case-insensitive matching folds `ß` to `ss` and the Kelvin sign to `k`; the scan
    /// must not rule those texts out.
    @Test func caseFoldingSpecialsStillMatch() throws {
        let rule = try StyleRule.load(yaml: "extends: existence\nmessage: x\nignorecase: true\ntokens: [strasse, kelvin]\n", name: "Test.Fold")
        #expect(Linter(rules: [rule]).lint(text: "Die Straße, \u{212A}elvin.", file: "a.txt").count == 2)
    }
}
