import Testing
@testable import LaunchKitCore

@Suite struct CSVReaderTests {
    @Test func cellsKnowWhereTheyStart() throws {
        let table = try CSVReader.parse("id,name\r\nciso,\"Chief\nSecurity\"\r\ncfo,Finance", file: "p.csv")
        #expect(table.records.count == 3)
        let ciso = table.records[1]
        #expect(ciso.line == 2)
        #expect(ciso.cells[1] == CSVTable.Cell("Chief\nSecurity", line: 2, column: 6))
        #expect(table.records[2].line == 4)
        #expect(table.records[2].cells[1].column == 5)
    }

    @Test func unterminatedQuoteIsLocatedAtItsOpening() {
        #expect {
            try CSVReader.parse("id,name\nciso,\"Chief\n", file: "p.csv")
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.location == SourceLocation(file: "p.csv", line: 2, column: 6) && diagnostic?.message == "unterminated quoted field"
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: DiagnosticError.self) { try CSVReader.parse("a\n\"x\"y\n", file: "p.csv") }
    }

    @Test func blankLinesAndMissingFinalNewline() throws {
        let table = try CSVReader.parse("a,b\n\n1,2\r\n\r\n3,4", file: "p.csv")
        #expect(table.records.map(\.values) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(table.records[2].line == 5)
    }

    @Test func emptyQuotedFieldIsAField() throws {
        let table = try CSVReader.parse("\"\"\n", file: "p.csv")
        #expect(table.records.map(\.values) == [[""]])
    }

    @Test func invalidUTF8IsLocated() {
        let file = InputFile(displayPath: "p.csv", bytes: Array("id\nab".utf8) + [0xFF])
        #expect {
            try file.text()
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.location == SourceLocation(file: "p.csv", line: 2, column: 3)
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        let file = InputFile(displayPath: "p.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("id".utf8))
        #expect(try file.text() == "id")
    }

    @Test func utf16IsRefusedWithAFix() {
        let file = InputFile(displayPath: "p.csv", bytes: [0xFF, 0xFE, 0x69, 0x00])
        #expect(throws: DiagnosticError.self) { try file.text() }
    }
}

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1 555", "'+1 555"), ("-x", "'-x"), ("@cmd", "'@cmd"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("-3", "-3"), ("+4.5", "+4.5"), ("plain", "plain"), ("", ""),
    ])
    func formulaInjectionIsNeutralised(_ input: String, _ expected: String) {
        #expect(CSVWriter.neutralized(input) == expected)
    }

    /// Found by Fuzz/FuzzCSV: a quote followed by a combining mark is one Character, but a quote.
    @Test func quoteBeforeACombiningMarkIsStillDoubled() throws {
        let field = "a\"\u{0735}b \u{0301}"
        let csv = CSVWriter.render(header: [field], rows: [])
        #expect(csv == "\"a\"\"\u{0735}b \u{0301}\"\r\n")
        #expect(try CSVReader.parse(csv, file: "w.csv").records.map(\.values) == [[field]])
    }

    @Test func quotesOnlyWhenNeeded() {
        let csv = CSVWriter.render(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["line\nbreak", " padded"]])
        #expect(csv == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",\" padded\"\r\n")
    }
}
