@testable import LaunchKitStyles
import Testing

/// Vale's regex syntax (regexp2, .NET-like) rewritten for ICU.
@Suite struct RegexTranslationTests {
    @Test(arguments: [
        ("(?P<name>a)\\k<name>", "(a)(?:\\1)"),
        ("(?<word>\\w+) (?P=word)", "(\\w+) (?:\\1)"),
        ("{{.+?}}", "\\{\\{.+?\\}\\}"),
        ("a{2,3}b{4}", "a{2,3}b{4}"),
        ("[[]x[]]", "[\\[]x[\\]]"),
        ("[^]\\n]", "[^\\]\\n]"),
        ("[a-z-[aeiou]]", "[a-z--[aeiou]]"),
        ("[a&&b]", "[a\\&\\&b]"),
        ("[[:alpha:]]+", "[[:alpha:]]+"),
        ("(?<!:[^ ]+?):", "(?<!:[^ ]{1,255}?):"),
        ("(?<=x*)y", "(?<=x{0,255})y"),
        ("(?i)(?#comment)abc", "(?i)abc"),
        ("\\p{L}+", "\\p{L}+"),
    ])
    func translates(_ input: String, _ expected: String) throws {
        #expect(try ValeRegexTranslator.translate(input).pattern == expected)
    }

    @Test func countsCaptureGroups() throws {
        #expect(try ValeRegexTranslator.translate("(a)(?:b)(?<n>c)(?=d)").captureCount == 2)
    }

    @Test(arguments: [
        ("(abc", 0, "never closed"),
        ("abc)", 3, "unbalanced ')'"),
        ("[abc", 0, "unterminated character class"),
        ("x(?(y)a|b)", 1, "conditional groups"),
        ("ab\\", 2, "trailing backslash"),
        // A quantifier with nothing to repeat (found by FuzzStyles: wrapped in a capture group,
        // `?ds` became ICU's inline-flag group `(?ds)` and the alternatives' groups were miscounted).
        ("?ds", 0, "missing argument to repetition operator '?'"),
        ("a|*b", 2, "missing argument to repetition operator '*'"),
        ("(+a)", 1, "missing argument to repetition operator '+'"),
    ])
    func reportsErrorsAtTheirOffset(_ input: String, _ offset: Int, _ message: String) {
        #expect(throws: ValeRegexError.self) { try ValeRegexTranslator.translate(input) }
        do {
            _ = try ValeRegexTranslator.translate(input)
        } catch {
            #expect(error.offset == offset)
            #expect(error.message.contains(message))
        }
    }

    @Test func replacementTemplates() {
        #expect(ReplacementTemplate.icu("change to the $1 directory") == "change to the $1 directory")
        #expect(ReplacementTemplate.icu("costs $$5 or \\n") == "costs \\$5 or \\\\n")
    }
}
