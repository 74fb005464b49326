import LaunchKitTestSupport
import LaunchKitCore
import Testing
@testable import PersonaImport

/// Every validation message for CSV persona files, at the line and column of its cell.
@Suite struct CSVValidationTests {
    func diagnostics(_ marked: MarkedText, file: String = "buyers.csv", options: String? = nil) async throws -> [Diagnostic] {
        let kit = try PersonaKit([file: marked.text])
        defer { kit.remove() }
        return try await kit.diagnostics(options ?? "buyers: \(file)")
    }

    func errors(_ marked: MarkedText, file: String = "buyers.csv", options: String? = nil) async throws -> [String] {
        try await diagnostics(marked, file: file, options: options).map(DiagnosticFormatter.headline)
    }

    @Test func aWrongHeaderIsOneErrorAtTheHeaderThatProbablyHoldsTheField() async throws {
        let input = MarkedText("id,1️⃣Persona Name,title\nciso,CISO,Chief Information Security Officer\ncfo,CFO,Chief Financial Officer\n")
        let diagnostics = try await diagnostics(input)
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.csv")): error: no column for required field 'name' [personas.missing-column]",
        ])
        #expect(diagnostics.first?.suggestion == "if 'Persona Name' holds it, map it with 'columns: { \"Persona Name\": name }'")
    }

    @Test func aMisspeltHeaderIsTheCandidateToo() async throws {
        let input = MarkedText("id,1️⃣Nmae\nciso,CISO\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: no column for required field 'name' [personas.missing-column]",
        ])
    }

    @Test func withoutACandidateTheErrorPointsAtTheHeaderRow() async throws {
        let input = MarkedText("1️⃣name,title\nCISO,Chief Information Security Officer\n")
        let diagnostics = try await diagnostics(input)
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.csv")): error: no column for required field 'id' [personas.missing-column]",
        ])
        #expect(diagnostics.first?.suggestion == "add a 'id' column, or map the header that holds it with 'columns:'")
    }

    @Test func aDuplicateIDPointsAtBothCells() async throws {
        let input = MarkedText("id,name\n1️⃣ciso,CISO\ncfo,CFO\n2️⃣ciso,Chief Information Security Officer\n")
        let diagnostics = try await diagnostics(input)
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(input.location(2, in: "buyers.csv")): error: duplicate persona id 'ciso' [personas.duplicate-id]",
        ])
        #expect(diagnostics.first?.notes.map { "\($0.location.map(String.init(describing:)) ?? ""): \($0.message)" } == [
            "\(input.location(1, in: "buyers.csv")): 'ciso' is first defined here, as a buyer persona",
        ])
    }

    @Test func idsMustBeUniqueAcrossFilesAndKinds() async throws {
        let buyers = MarkedText("- id: 1️⃣msp\n  name: MSP buyer\n")
        let channels = MarkedText("id,name\nfield,Field sales\n2️⃣MSP,Managed service providers\n")
        let kit = try PersonaKit(["buyers.yml": buyers.text, "channels.csv": channels.text])
        defer { kit.remove() }
        let diagnostics = try await kit.diagnostics("{ buyers: buyers.yml, channels: channels.csv }")
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(channels.location(2, in: "channels.csv")): error: duplicate persona id 'MSP' [personas.duplicate-id]",
        ])
        #expect(diagnostics.first?.notes.first?.message == "'msp' is first defined here, as a buyer persona")
        #expect(diagnostics.first?.notes.first?.location?.description == buyers.location(1, in: "buyers.yml"))
        #expect(diagnostics.first?.suggestion == "ids that differ only in case or punctuation name the same sheet files; give each persona its own id")
    }

    @Test func anUnterminatedQuoteIsOneError() async throws {
        let input = MarkedText("id,name,notes\nciso,CISO,1️⃣\"Reads the first paragraph only\ncfo,CFO,Signs off above $100k\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: unterminated quoted field [csv.syntax]",
        ])
    }

    @Test func unknownColumnsAreWarningsOrErrorsWhenStrict() async throws {
        let input = MarkedText("id,name,1️⃣Region,2️⃣Prioirty Initiatives\nciso,CISO,EMEA,Cut risk\n")
        let kit = try PersonaKit(["buyers.csv": input.text])
        defer { kit.remove() }
        let result = try await kit.run("buyers: buyers.csv")
        #expect(result.findings.filter { $0.rule == "personas.unknown-column" }.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.csv")): warning: unknown column 'Region' [personas.unknown-column]",
            "\(input.location(2, in: "buyers.csv")): warning: unknown column 'Prioirty Initiatives' [personas.unknown-column]",
        ])
        #expect(result.findings.filter { $0.rule == "personas.unknown-column" }.map(\.suggestion) == [
            "map it to a field with 'columns: { \"Region\": <field> }', or to ~ to ignore it",
            "did you mean 'priority_initiatives'? (or map the column with 'columns: { \"Prioirty Initiatives\": priority_initiatives }')",
        ])
        #expect(try await kit.errors("{ buyers: buyers.csv, strict: true }") == [
            "\(input.location(1, in: "buyers.csv")): error: unknown column 'Region' [personas.unknown-column]",
            "\(input.location(2, in: "buyers.csv")): error: unknown column 'Prioirty Initiatives' [personas.unknown-column]",
        ])
    }

    @Test func aColumnOfTheOtherKindSaysWhoseFieldItIs() async throws {
        let input = MarkedText("id,name,1️⃣Sales Style\nciso,CISO,Consultative\n")
        let kit = try PersonaKit(["buyers.csv": input.text])
        defer { kit.remove() }
        let diagnostics = try await kit.run("{ buyers: buyers.csv, min-completeness: 0 }").findings
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.csv")): warning: unknown column 'Sales Style' [personas.unknown-column]",
        ])
        #expect(diagnostics.first?.suggestion == "'sales_style' is a channel persona field; a buyer persona has no such field")
    }

    @Test func missingAndInvalidCellsPointAtTheirCell() async throws {
        let input = MarkedText("""
            id,name,role_in_purchase,reading_level
            1️⃣,Cloud Security Architect,influencer,12
            cfo,2️⃣,economic buyer,9
            ciso,CISO,3️⃣boss,4️⃣twelve
            devops,DevOps lead,user,5️⃣19

            """)
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: missing required field 'id' in a buyer persona [personas.missing-field]",
            "\(input.location(2, in: "buyers.csv")): error: missing required field 'name' in buyer persona 'cfo' [personas.missing-field]",
            "\(input.location(3, in: "buyers.csv")): error: unknown role_in_purchase 'boss' [personas.unknown-role]",
            "\(input.location(4, in: "buyers.csv")): error: expected a number from 1 to 18 for 'reading_level', found 'twelve' [personas.wrong-type]",
            "\(input.location(5, in: "buyers.csv")): error: reading_level '19' is outside 1 to 18 [personas.reading-level]",
        ])
    }

    @Test func positionsCountLinesInsideQuotedCells() async throws {
        let input = MarkedText("id,name,notes,reading_level\r\nciso,CISO,\"Two\r\nlines, and a \"\"quote\"\"\",1️⃣30\r\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: reading_level '30' is outside 1 to 18 [personas.reading-level]",
        ])
    }

    @Test func aShortRowPointsAtItsLastCell() async throws {
        let input = MarkedText("name,title,id\nCISO,1️⃣Chief Information Security Officer\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: missing required field 'id' in a buyer persona [personas.missing-field]",
        ])
    }

    @Test func extraCellsUsuallyMeanAnUnquotedComma() async throws {
        let input = MarkedText("id,name,title\nciso,CISO,Chief Information Security Officer,1️⃣ VP of Security\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: row has 4 cells but the header has 3 [personas.extra-cells]",
        ])
    }

    @Test func anEmptyRowIsAnEmptyPersona() async throws {
        let input = MarkedText("id,name\n1️⃣,\nciso,CISO\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: empty buyer persona [personas.empty]",
        ])
    }

    @Test func aHeaderWithoutRowsHasNoPersonas() async throws {
        #expect(try await errors(MarkedText("id,name\n")) == ["buyers.csv:1:1: error: no personas in 'buyers.csv' [personas.empty-file]"])
        #expect(try await errors(MarkedText("")) == ["buyers.csv:1:1: error: no personas in 'buyers.csv' [personas.empty-file]"])
    }

    @Test func twoColumnsForOneField() async throws {
        let input = MarkedText("id,name,Title,1️⃣Job Title\nciso,CISO,CISO,VP Security\n")
        #expect(try await errors(input) == [
            "\(input.location(1, in: "buyers.csv")): error: field 'title' is given twice, by 'Title' and by 'Job Title' [personas.duplicate-field]",
        ])
    }

    @Test func mixedFilesNeedAKindColumn() async throws {
        let input = MarkedText("1️⃣id,name\nciso,CISO\n")
        #expect(try await errors(input, file: "personas.csv", options: "personas: personas.csv") == [
            "\(input.location(1, in: "personas.csv")): error: no column for required field 'kind' [personas.missing-column]",
        ])
        let rows = MarkedText("kind,id,name\nbuyer,ciso,CISO\n1️⃣,msp,MSP\n")
        #expect(try await errors(rows, file: "personas.csv", options: "personas: personas.csv") == [
            "\(rows.location(1, in: "personas.csv")): error: missing required field 'kind' in persona 'msp' [personas.missing-field]",
        ])
    }

    @Test func inAMixedFileACellOfTheOtherKindIsAnUnknownField() async throws {
        let input = MarkedText("kind,id,name,sales_style\nbuyer,ciso,CISO,1️⃣Consultative\nchannel,msp,MSP,Recurring services\n")
        let kit = try PersonaKit(["personas.csv": input.text])
        defer { kit.remove() }
        let findings = try await kit.run("{ personas: personas.csv, min-completeness: 0 }").findings
        #expect(findings.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "personas.csv")): warning: unknown field 'sales_style' in buyer persona 'ciso' [personas.unknown-field]",
        ])
        #expect(findings.first?.subject == Subject(.buyerPersona, "ciso"))
    }

    @Test func invalidUTF8IsLocated() async throws {
        let kit = try PersonaKit()
        defer { kit.remove() }
        try kit.write("buyers.csv", bytes: Array("id,name\nciso,C".utf8) + [0xC3, 0x28] + Array("SO\n".utf8))
        #expect(try await kit.errors("buyers: buyers.csv") == ["buyers.csv:2:7: error: the file is not valid UTF-8 [input.encoding]"])
    }
}
