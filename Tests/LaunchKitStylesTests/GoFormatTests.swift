@testable import LaunchKitStyles
import Testing

/// Go's `strings` functions compare bytes; `String`'s compare characters. Vale is written in Go.
@Suite struct GoFormatTests {
    @Test func hasSuffixComparesBytes() {
        #expect(GoFormat.hasSuffix("Stop.", "."))
        #expect(GoFormat.hasSuffix("stop.\"", ".\""))
        #expect(!GoFormat.hasSuffix(".", ".."))
        #expect(GoFormat.hasSuffix("anything", ""))
        // "é" written as "e" and a combining accent: one Character, but the bytes end with "\u{301}".
        let decomposed = "cafe\u{301}"
        #expect(GoFormat.hasSuffix(decomposed, "\u{301}"))
        #expect(!decomposed.hasSuffix("\u{301}"))
    }

    @Test func containsComparesBytes() {
        #expect(GoFormat.contains("Try Yahoo! today", "Yahoo!"))
        #expect(GoFormat.contains("end.[1]", ".["))
        #expect(!GoFormat.contains("end. [1]", ".["))
        #expect(!GoFormat.contains("ab", "abc"))
        #expect(GoFormat.contains("", ""))
        // A quote followed by a combining mark still holds the quote's byte. (In a variable: the
        // #expect macro cannot expand this literal.)
        let quoteWithMark = "say \"\u{301}hi"
        #expect(GoFormat.contains(quoteWithMark, "\""))
    }
}
