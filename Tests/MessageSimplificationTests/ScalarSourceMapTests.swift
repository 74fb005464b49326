import LaunchKitYAML
import Testing
@testable import MessageSimplification

/// Findings land on the word in the YAML source, whatever the scalar's style.
@Suite struct ScalarSourceMapTests {
    /// Loads `text:` from marked YAML and maps each word (in order) to its source position.
    func mapped(_ yaml: String, words: [String]) throws -> (expected: [String], actual: [String]) {
        let source = MarkedSource(yaml)
        let root = try #require(try YAMLDocument.load(Array(source.text.utf8)))
        let scalar = try #require(root.mapping?["text"]?.scalar)
        let map = ScalarSourceMap(scalar: scalar, source: source.text)
        let value = Array(scalar.string.unicodeScalars)
        var from = 0
        var actual: [String] = []
        for word in words {
            let needle = Array(word.unicodeScalars)
            let offset = try #require((from...(value.count - needle.count)).first { Array(value[$0..<($0 + needle.count)]) == needle })
            from = offset + needle.count
            actual.append(map.mark(atScalarOffset: offset).description)
        }
        return (source.locations, actual)
    }

    @Test func plainScalarOnOneLine() throws {
        let result = try mapped("id: x\ntext: Cut ↓noise with ↓CNAPP today\n", words: ["noise", "CNAPP"])
        #expect(result.actual == result.expected)
    }

    @Test func plainScalarOverSeveralLines() throws {
        let result = try mapped("text: One ↓view of\n  risk across ↓every\n    ↓cloud\n", words: ["view", "every", "cloud"])
        #expect(result.actual == result.expected)
    }

    @Test func singleQuotedWithDoubledQuotes() throws {
        let result = try mapped("text: 'It''s ↓CloudGuard''s ↓best-in-class view'\n", words: ["CloudGuard", "best"])
        #expect(result.actual == result.expected)
    }

    @Test func doubleQuotedWithEscapes() throws {
        let result = try mapped(#"text: "\"Fast\" \u00e9t\u00e9 ↓leverage \x41↓PI and\n ↓more""# + "\n", words: ["leverage", "PI", "more"])
        #expect(result.actual == result.expected)
    }

    @Test func doubleQuotedWithLineContinuation() throws {
        let result = try mapped("text: \"one ↓CNAPP \\\n  for ↓every team\"\n", words: ["CNAPP", "every"])
        #expect(result.actual == result.expected)
    }

    @Test func foldedBlock() throws {
        let result = try mapped("text: >-\n  CloudGuard ↓may help\n  you see ↓every\n\n  ↓risk.\n", words: ["may", "every", "risk"])
        #expect(result.actual == result.expected)
    }

    @Test func literalBlockWithHeaderComment() throws {
        let result = try mapped("text: |  # the pitch\n    ↓Leverage one view.\n      ↓Indented line.\n", words: ["Leverage", "Indented"])
        #expect(result.actual == result.expected)
    }

    @Test func nonASCIICountsScalars() throws {
        let result = try mapped("text: Café ☁️ ↓up to 80%\n", words: ["up"])
        #expect(result.actual == result.expected)
    }

    @Test func crlfLineEndings() throws {
        let result = try mapped("id: x\r\ntext: >\r\n  one\r\n  ↓two\r\n", words: ["two"])
        #expect(result.actual == result.expected)
    }

    @Test func offsetOnASpaceLandsOnTheNextWord() throws {
        let source = MarkedSource("text: one   ↓two\n")
        let root = try #require(try YAMLDocument.load(Array(source.text.utf8)))
        let map = ScalarSourceMap(scalar: try #require(root.mapping?["text"]?.scalar), source: source.text)
        #expect(map.mark(atScalarOffset: 3).description == source.locations[0])
        #expect(map.valueStart.description == "1:7")
    }

    @Test func unpairableSourceFallsBackToTheScalarMark() {
        // A scalar whose value does not match the source (as if the file changed) maps to its mark.
        let map = ScalarSourceMap(scalar: Node.Scalar("different words", style: .plain, mark: Mark(line: 2, column: 7)), source: "a: b\ntext: other words\n")
        #expect(map.mark(atScalarOffset: 10).description == "2:7")
    }

    @Test func aWalkThatStopsHalfWayMapsTheRestToTheScalarMark() {
        // "other" pairs with the source; "thing" does not match "words", so it and what follows map to the mark.
        let map = ScalarSourceMap(scalar: Node.Scalar("other thing now", style: .plain, mark: Mark(line: 2, column: 7)), source: "a: b\ntext: other words now\n")
        #expect((0..<15).map { map.mark(atScalarOffset: $0).description } == ["2:7", "2:8", "2:9", "2:10", "2:11"] + Array(repeating: "2:7", count: 10))
    }

    @Test func everyCharacterOfAWordAfterAnEscapeMapsToItsOwnColumn() throws {
        let source = "text: \"a\\x41BC d\"\n"
        let root = try #require(try YAMLDocument.load(Array(source.utf8)))
        let map = ScalarSourceMap(scalar: try #require(root.mapping?["text"]?.scalar), source: source)
        // Value "aABC d": the escape \x41 (columns 9-12) gives "A"; "BC" follow at 13 and 14; the space lands on "d".
        #expect((0..<6).map { map.mark(atScalarOffset: $0).description } == ["1:8", "1:9", "1:13", "1:14", "1:16", "1:16"])
    }
}
