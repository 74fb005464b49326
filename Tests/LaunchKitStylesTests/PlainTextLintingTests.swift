import LaunchKitStyles
import Testing

/// Plain text (a `.txt` file or one marketing message) is linted as prose, with positions in
/// that text.
@Suite struct PlainTextLintingTests {
    static let rules = try! StylePack(name: "Copy", files: [
        "Hedges": "extends: existence\nmessage: \"'%s' is a hedge.\"\nignorecase: true\ntokens: [may help, potentially]\n",
        "Long": "extends: occurrence\nmessage: \"%s words.\"\nscope: sentence\nmax: 6\ntoken: '\\b\\w+\\b'\n",
    ]).rules

    @Test func positionsAreInTheGivenText() {
        let text = MarkedText("CloudGuard ↓may help.\n↓It potentially secures every single cloud workload you run.")
        let alerts = Linter(rules: Self.rules).lint(text: text.text, file: "message")
        #expect(alerts.map { MarkedText.Position(line: $0.line, column: $0.column) }.sorted() == [
            MarkedText.Position(line: 1, column: 12), MarkedText.Position(line: 2, column: 1), MarkedText.Position(line: 2, column: 4),
        ])
        #expect(alerts.map(\.check) == ["Copy.Hedges", "Copy.Long", "Copy.Hedges"])
    }

    @Test func markdownSyntaxIsPlainTextHere() {
        let alerts = Linter(rules: Self.rules).lint(text: "`may help` stays text.", file: "message")
        #expect(alerts.map(\.column) == [2])
    }

    @Test func contentsPickTheFormatByExtension() {
        let linter = Linter(rules: Self.rules)
        #expect(linter.lint(contents: "`may help`", path: "a.md").isEmpty)
        #expect(linter.lint(contents: "`may help`", path: "a.txt").count == 1)
        #expect(linter.lint(contents: "{\"x\": \"may help\"}", path: "a.json").count == 1)
    }
}
