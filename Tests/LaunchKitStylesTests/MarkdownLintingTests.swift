import LaunchKitStyles
import Testing

/// How Markdown is reduced to prose before rules run, and how alerts map back to the file.
@Suite struct MarkdownLintingTests {
    static let very = try! StyleRule.load(yaml: """
        extends: existence
        message: "Consider removing '%s'."
        ignorecase: true
        tokens: [very]
        """, name: "Test.Very")

    private func positions(_ marked: String, rules: [StyleRule] = [very]) -> (expected: [MarkedText.Position], found: [MarkedText.Position]) {
        let text = MarkedText(marked)
        let alerts = Linter(rules: rules).lint(markdown: text.text, file: "doc.md")
        return (text.positions, alerts.map { MarkedText.Position(line: $0.line, column: $0.column) })
    }

    @Test(arguments: [
        "Plain ↓very text.",
        "Inline `very` code is masked, ↓very prose is not.",
        "```swift\nlet very = 1\n```\n\n↓Very nice.",
        "    indented very code\n\nThen ↓very prose.",
        "---\ntitle: very\n---\n\n↓Very.",
        "[↓very good](https://very.example.com/very) link text counts, its URL does not.",
        "Bare URLs https://very.example.com are masked.",
        "![↓very pretty](very.png) alt text is linted.",
        "| head | ↓very |\n| --- | --- |\n| ↓very | cell |",
        "> ↓very quoted",
        "- one ↓very\n- two\n  - nested ↓very",
        "# ↓Very heading\n\nSetext ↓very\n---",
        "Text with **↓very** bold and *emphasis*.",
        "<!-- vale off -->\nvery ignored\n<!-- vale on -->\n\n↓very again",
        "<!-- vale Test.Very = NO -->\nvery ignored\n\n<!-- vale Test.Very = YES -->\n↓very again",
        "<div>\n↓very in HTML\n</div>",
        "<script>var very = 1</script>\n\n↓very",
        "Café au lait is ↓very good: columns count scalars, 😀 ↓very much.",
        "Escaped \\*↓very\\* is still ↓very.",
        "Entity &amp; ↓very.",
        "Footnote[^1] here.\n\n[^1]: A ↓very small note.",
    ])
    func alertPositions(_ marked: String) {
        let result = positions(marked)
        #expect(result.found == result.expected, "\(marked.debugDescription)")
    }

    @Test func lineEndingsDoNotMovePositions() {
        for separator in ["\r\n", "\r"] {
            let text = ["# Title", "", "This is very good."].joined(separator: separator)
            let alerts = Linter(rules: [Self.very]).lint(markdown: text, file: "crlf.md")
            #expect(alerts.map { "\($0.line):\($0.column)-\($0.span.upperBound)" } == ["3:9-12"])
        }
    }

    @Test func scopesSelectBlocks() throws {
        let heading = try StyleRule.load(yaml: "extends: existence\nmessage: x\nscope: heading.h2\ntokens: [TODO]\n", name: "Test.H2")
        let list = try StyleRule.load(yaml: "extends: existence\nmessage: x\nscope: list\ntokens: [TODO]\n", name: "Test.List")
        let notQuote = try StyleRule.load(yaml: "extends: existence\nmessage: x\nscope: ~blockquote\ntokens: [TODO]\n", name: "Test.NotQuote")
        let text = "# TODO\n\n## TODO\n\n- TODO\n\n> TODO\n\nTODO\n"
        let alerts = Linter(rules: [heading, list, notQuote]).lint(markdown: text, file: "scopes.md")
        #expect(alerts.map { "\($0.check)@\($0.line)" } == [
            "Test.NotQuote@1", "Test.H2@3", "Test.NotQuote@3", "Test.List@5", "Test.NotQuote@5", "Test.NotQuote@9",
        ])
    }

    @Test func spanCoversTheMatchAndStopsAtTheLineEnd() throws {
        let phrase = try StyleRule.load(yaml: "extends: existence\nmessage: x\ntokens: ['very\\s+good']\n", name: "Test.Phrase")
        let alerts = Linter(rules: [phrase]).lint(markdown: "It is very\ngood.", file: "a.md")
        #expect(alerts.first?.span == 7...11)
        #expect(alerts.first?.match == "very\ngood")
    }

    @Test func minimumLevelFiltersRules() throws {
        let suggestion = try StyleRule.load(yaml: "extends: existence\nmessage: x\nlevel: suggestion\ntokens: [very]\n", name: "Test.Low")
        #expect(Linter(rules: [suggestion], minimumLevel: .warning).lint(markdown: "very", file: "a.md").isEmpty)
        #expect(Linter(rules: [suggestion], minimumLevel: .suggestion).lint(markdown: "very", file: "a.md").count == 1)
    }

    @Test func limitCapsAlertsPerFile() throws {
        let limited = try StyleRule.load(yaml: "extends: existence\nmessage: x\nlimit: 2\ntokens: [very]\n", name: "Test.Limited")
        #expect(Linter(rules: [limited]).lint(markdown: "very very very very", file: "a.md").count == 2)
    }

    @Test func vocabularyBecomesExceptions() throws {
        let acronyms = try StyleRule.load(yaml: "extends: existence\nmessage: x\nnonword: true\ntokens: ['\\b[A-Z]{3,}\\b']\n", name: "Test.Acronym")
        let alerts = Linter(rules: [acronyms], vocabulary: ["SBOM"]).lint(markdown: "The SBOM and the CNAPP.", file: "a.md")
        #expect(alerts.map(\.match) == ["CNAPP"])
    }
}
