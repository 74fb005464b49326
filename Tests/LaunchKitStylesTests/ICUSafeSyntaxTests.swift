import Foundation
@testable import LaunchKitStyles
import Testing

/// A pattern the syntax check accepts is compiled only when a rule first runs it, so a wrong
/// "yes" would turn a load-time error into a rule that silently finds nothing.
@Suite struct ICUSafeSyntaxTests {
    private static func icuCompiles(_ pattern: String) -> Bool {
        (try? NSRegularExpression(pattern: pattern, options: TokenPattern.options)) != nil
    }

    @Test(arguments: [
        "a chip off the old block", "(?i)(?m)\\b(?:very|quite)\\b", "[a-z]+[!?]{2,}", "\\d{1,2} ?[ap]m\\b", "(?:x|y)*?",
        "[^\\s\\d]+", "best[- ]in[- ]class", "[a-]", "[^-x]", "a.b$", "(?-i)Vale", "(?m)(?:)", "p = 0\\.0{2,4}", "caf\u{E9}?",
    ])
    func accepts(_ pattern: String) {
        #expect(ICUSafeSyntax.certainlyCompiles(pattern))
        #expect(Self.icuCompiles(pattern))
    }

    @Test(arguments: [
        "a{2,1}", "[z-a]", "[a--b]", "[--]", "[:x:]", "[^:x]", "(?x)(a#)", "a**", "(", "[", "\\", "(?i", "a{1", "*a", "a|*", "(?<=a+)b", "\\b+", "^*", "[]", "a{1234}",
        // Found by FuzzStyles: a hundred digits overflowed the count before it was refused.
        "\\d{1,3333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333332}",
    ])
    func declinesWhatItCannotVouchFor(_ pattern: String) {
        #expect(!ICUSafeSyntax.certainlyCompiles(pattern))
    }

    /// Short patterns over the characters that matter: whatever the check accepts, ICU compiles.
    /// (A run of 1.5 million per alphabet found that `[:` opens a POSIX class for ICU.)
    @Test(arguments: ["a(|)?*+{}[]^-\\.,12$:i", "a(|)?*+{}[]^-\\.,1$:ibdswBSWDpPQEkx<=!#& \u{E9}"])
    func neverAcceptsWhatICURejects(_ characters: String) {
        let alphabet = Array(characters)
        var state: UInt64 = 42
        var accepted = 0
        for _ in 0..<150_000 {
            var pattern = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int(state >> 59) % 10) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                pattern.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            guard ICUSafeSyntax.certainlyCompiles(pattern) else { continue }
            accepted += 1
            #expect(Self.icuCompiles(pattern), "accepted '\(pattern)', which ICU rejects")
        }
        #expect(accepted > 1_000)
    }

    /// `isBlank` stands in for `trimmingCharacters(in: .whitespaces).isEmpty` when tokens load.
    @Test func blankMeansFoundationWhitespaceOnly() {
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(Character(scalar))\t"
            #expect(RuleBuilder.isBlank(text) == text.trimmingCharacters(in: .whitespaces).isEmpty, "U+\(String(value, radix: 16))")
        }
    }
}
