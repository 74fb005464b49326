import LaunchKitCore
import Testing

@Suite("Markdown text")
struct MarkdownTextTests {
    @Test(arguments: [
        ("a | b", #"a \| b"#),
        ("line one\nline two", "line one<br>line two"),
        ("crlf\r\nand\rcr", "crlf<br>and<br>cr"),
        ("para\n\npara", "para<br><br>para"),
        ("  padded \n", "padded"),
        ("|", #"\|"#),
        (#"already \| escaped"#, #"already \\| escaped"#),
        ("<script>x</script> | <br> & a<b", #"&lt;script>x&lt;/script> \| <br> & a&lt;b"#),
        ("", ""),
    ])
    func tableCell(input: String, expected: String) {
        #expect(MarkdownText.tableCell(input) == expected)
    }

    @Test func aTableCellNeverBreaksTheRow() {
        for input in ["a|b|c", "x\ny\r\nz", "| leading", "trailing |\n"] {
            let cell = MarkdownText.tableCell(input)
            #expect(!cell.contains("\n") && !cell.contains("\r"))
            #expect(!cell.replacingOccurrences(of: #"\|"#, with: "").contains("|"))
        }
    }

    @Test(arguments: [
        ("Acme Corp.", "acme-corp"),
        ("  Acme   Corp  ", "acme-corp"),
        ("Café Déjà Vu", "cafe-deja-vu"),
        ("Straße Ærø Łódź", "strasse-aero-lodz"),
        ("ﬁle Ｆｕｌｌ", "file-full"),
        ("Don't Panic", "dont-panic"),
        ("v2.0 / beta", "v2-0-beta"),
        ("-leading--dashes-", "leading-dashes"),
        (".env", "env"),
        // FNV-1a of the UTF-8 bytes, checked against a Python implementation.
        ("..", "item-a3d4a70d"),
        ("../../etc/passwd", "etc-passwd"),
        ("日本", "item-9f26ee51"),
        ("", "untitled"),
        ("   \n", "untitled"),
        ("con", "con-1"),
        ("CON", "con-1"),
        ("Nul", "nul-1"),
        ("com1", "com1-1"),
        ("console", "console"),
        ("MSP / Reseller", "msp-reseller"),
    ])
    func slug(input: String, expected: String) {
        #expect(MarkdownText.slug(input) == expected)
    }

    @Test func slugsAreShortSafeAndDistinctForDifferentNonLatinNames() {
        let long = MarkdownText.slug(String(repeating: "word ", count: 100))
        #expect(long.count <= 80)
        #expect(!long.hasSuffix("-"))
        #expect(MarkdownText.slug("日本") != MarkdownText.slug("中国"))
        for input in ["..", ".", "-", "/", "\\", "日本", "", "con", ".hidden", "a/../b"] {
            let slug = MarkdownText.slug(input)
            #expect(!slug.isEmpty)
            #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
            #expect(!slug.hasPrefix("-") && !slug.hasPrefix("."))
        }
    }

    @Test func uniqueSlugsNumberRepeats() {
        #expect(MarkdownText.uniqueSlugs(["Acme", "ACME", "acme!", "Acme 2", "Globex"]) == ["acme", "acme-2", "acme-3", "acme-2-2", "globex"])
    }

    @Test func lists() {
        #expect(MarkdownText.bulletList(["Faster", " ", "Cheaper\nby 30%\n\nreally"]) == "- Faster\n- Cheaper\n  by 30%\n\n  really")
        #expect(MarkdownText.bulletList([]) == "")
        #expect(MarkdownText.numberedList(Array(repeating: "x", count: 10)).hasSuffix("9. x\n10. x"))
        #expect(MarkdownText.numberedList(["a\nb"]) == "1. a\n   b")
    }

    @Test func singleLine() {
        #expect(MarkdownText.singleLine("  Acme\n\tCorp  \r\n vs Us ") == "Acme Corp vs Us")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<!-- hidden -->", "&lt;!-- hidden -->"),
        ("<?php ?>", "&lt;?php ?>"),
        ("<img src=x onerror=y>", "&lt;img src=x onerror=y>"),
        ("a < b, <10 ms, <=, <>", "a < b, <10 ms, <=, <>"),
        ("AT&T \"quoted\" >", "AT&T \"quoted\" >"),
        ("line<br>break", "line<br>break"),
        ("<brother>", "&lt;brother>"),
    ])
    func neutralizingHTML(input: String, expected: String) {
        #expect(MarkdownText.neutralizingHTML(input) == expected)
    }
}
