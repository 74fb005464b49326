import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import Testing

/// The byte-level paths of `MarkdownText` give what its Character-level definitions give
/// (`MarkdownTextReference`), on generated text built from the pieces where bytes and Characters
/// part ways: combining marks after `|` or a space, prepended scalars before them, `\r\n`,
/// non-ASCII white space at the ends, `<br>` and other tags.
@Suite("Markdown text: byte paths match the definitions")
struct MarkdownTextEquivalenceTests {
    static let pieces: [String] = [
        "a", "Z", "x", "b", "r", ">", "<", "<br>", "|", "/", "!", "?", "&", "-", "1", ".",
        " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
        "\u{85}", "\u{A0}", "\u{1680}", "\u{2002}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{3000}", "\u{200B}", "\u{FEFF}",
        "\u{301}", "\u{200D}", "\u{FE0F}", "\u{903}", "\u{600}", "\u{1F1FA}", "é", "e\u{301}", "—", "’", "日", "😀",
    ]

    /// Random texts made of `pieces`, the same on every run.
    struct Generator {
        var random: SplitMix64
        mutating func next() -> UInt64 { random.next() }
        mutating func text() -> String {
            let count = Int(next() % 10)
            return (0..<count).map { _ in MarkdownTextEquivalenceTests.pieces[Int(next() % UInt64(MarkdownTextEquivalenceTests.pieces.count))] }.joined()
        }
    }

    @Test func generatedTexts() {
        var generator = Generator(random: SplitMix64(seed: 42))
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let text = generator.text()
            let other = generator.text()
            if MarkdownText.tableCell(text) != MarkdownTextReference.tableCell(text) { mismatches.append("cell \(text.debugDescription)") }
            if MarkdownText.singleLine(text) != MarkdownTextReference.singleLine(text) { mismatches.append("line \(text.debugDescription)") }
            if MarkdownText.neutralizingHTML(text) != MarkdownTextReference.neutralizingHTML(text) { mismatches.append("html \(text.debugDescription)") }
            if MarkdownText.bulletList([text, other]) != MarkdownTextReference.bulletList([text, other]) {
                mismatches.append("bullets \([text, other].debugDescription)")
            }
            if MarkdownText.numberedList([other, text]) != MarkdownTextReference.numberedList([other, text]) {
                mismatches.append("numbered \([other, text].debugDescription)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }

    /// Every scalar of the Basic Multilingual Plane at the ends of a cell, a line and a list item:
    /// the byte paths trim ASCII themselves and ask Foundation's sets about the rest.
    @Test func everyScalarAtTheEnds() {
        var mismatches: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            for text in [s + "a" + s, "a " + s, s + " a", " " + s + "|" + s + " "] {
                if MarkdownText.tableCell(text) != MarkdownTextReference.tableCell(text) { mismatches.append("cell \(text.debugDescription)") }
                if MarkdownText.singleLine(text) != MarkdownTextReference.singleLine(text) { mismatches.append("line \(text.debugDescription)") }
                if MarkdownText.bulletList([text + "\n" + text]) != MarkdownTextReference.bulletList([text + "\n" + text]) {
                    mismatches.append("bullets \(text.debugDescription)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(10))")
    }
}
