import LaunchKitTestSupport
import LaunchKitCore
import Testing
@testable import PersonaImport

/// How CSV and TSV cells become persona fields: header matching, `columns:`, list splitting and
/// the encodings spreadsheets and CRMs export.
@Suite struct CSVImportTests {
    func buyers(_ files: [String: String], _ options: String) async throws -> [BuyerPersona] {
        let kit = try PersonaKit(files)
        defer { kit.remove() }
        return try await kit.run(options).buyerPersonas
    }

    @Test func headersMatchIgnoringCaseAndSpacesAndRolesAreNormalised() async throws {
        let csv = "ID,Name,Job Title,Role In Purchase,Buyer's Journey,Reading Level,Jargon OK\n"
            + "ciso,CISO,VP of Security,Decision-Maker,Breach in the news; Shortlist of three,10.5,CSPM; CNAPP\n"
            + "cfo,CFO,VP of Finance,Economic buyer,,9,\n"
        let personas = try await buyers(["buyers.csv": csv], "{ buyers: buyers.csv, min-completeness: 0 }")
        #expect(personas.map(\.id) == ["ciso", "cfo"])
        #expect(personas[0].title == "VP of Security")
        #expect(personas.map(\.roleInPurchase) == [.decisionMaker, .economicBuyer])
        #expect(personas[0].buyersJourney == ["Breach in the news", "Shortlist of three"])
        #expect(personas.map(\.readingLevel) == [10.5, 9])
        #expect(personas[0].jargonOK == ["CSPM", "CNAPP"])
        #expect(personas[1].buyersJourney.isEmpty && personas[1].jargonOK.isEmpty)
        #expect(personas[0].source?.description == "buyers.csv:2:1")
    }

    @Test func bomCRLFQuotesAndNoFinalNewline() async throws {
        let kit = try PersonaKit()
        defer { kit.remove() }
        let text = "id,name,notes,decision_criteria\r\nciso,\"CISO, security\",\"Says \"\"show me\"\"\r\nthen decides\",\"Price, then proof; Coverage\""
        try kit.write("buyers.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let persona = try #require(try await kit.run("{ buyers: buyers.csv, min-completeness: 0 }").buyerPersonas.first)
        #expect(persona.id == "ciso")
        #expect(persona.name == "CISO, security")
        #expect(persona.notes == "Says \"show me\"\nthen decides")
        #expect(persona.decisionCriteria == ["Price, then proof", "Coverage"])
    }

    @Test func aCellWithLineBreaksHoldsOneItemPerLine() async throws {
        let csv = "id,name,success_factors\nciso,CISO,\"Fewer alerts; real ones\nProof for the board\r\n\nOne tool\"\n"
        let personas = try await buyers(["buyers.csv": csv], "{ buyers: buyers.csv, min-completeness: 0 }")
        #expect(personas.first?.successFactors == ["Fewer alerts; real ones", "Proof for the board", "One tool"])
    }

    @Test func theListSeparatorIsConfigurablePerStageAndPerFile() async throws {
        let csv = "id,name,success_factors\nciso,CISO,Fewer alerts | Proof; for the board\n"
        let files = ["buyers.csv": csv, "more.csv": csv.replacingOccurrences(of: "ciso,CISO", with: "cfo,CFO")]
        let personas = try await buyers(files, """
            buyers: [buyers.csv, { path: more.csv, list-separator: ";" }]
            list-separator: "|"
            min-completeness: 0
            """)
        #expect(personas.map(\.successFactors) == [["Fewer alerts", "Proof; for the board"], ["Fewer alerts | Proof", "for the board"]])
    }

    @Test func columnsMapHeadersGloballyAndPerFileAndTildeIgnoresOne() async throws {
        let crm = "Persona Key,Persona Name,Buying Role,Last Modified\nciso,CISO,Decision maker,2026-11-02\n"
        let sheet = "Key,Full Name,Why Now\ncfo,CFO,Flat software spend\n"
        let kit = try PersonaKit(["crm.csv": crm, "sheet.csv": sheet])
        defer { kit.remove() }
        let result = try await kit.run("""
            buyers:
              - crm.csv
              - path: sheet.csv
                columns: { Key: id, "full name": name, "Why now": priority_initiatives }
            columns: { "persona key": id, "Persona Name": name, "Last Modified": ~ }
            min-completeness: 0
            """)
        #expect(result.buyerPersonas.map(\.id) == ["ciso", "cfo"])
        #expect(result.buyerPersonas.map(\.name) == ["CISO", "CFO"])
        #expect(result.buyerPersonas.map(\.roleInPurchase) == [.decisionMaker, nil])
        #expect(result.buyerPersonas[1].priorityInitiatives == ["Flat software spend"])
        #expect(result.findings.isEmpty)
    }

    @Test func aColumnsEntryThatMatchesNoHeaderIsReported() async throws {
        let input = MarkedText("""
            buyers:
              - path: buyers.csv
                columns: { 1️⃣"Persona Nme": name }
            columns: { 2️⃣"Segment": ~ }
            min-completeness: 0
            """)
        let kit = try PersonaKit(["buyers.csv": "id,name,Persona Name\nciso,CISO,CISO\n"])
        defer { kit.remove() }
        let findings = try await kit.run(input.text).findings
        #expect(findings.map(DiagnosticFormatter.headline) == [
            "buyers.csv:1:9: warning: unknown column 'Persona Name' [personas.unknown-column]",
            "\(input.location(1, in: "launchkit.yml")): warning: column 'Persona Nme' in 'columns' matches no header of 'buyers.csv' [personas.unused-column]",
            "\(input.location(2, in: "launchkit.yml")): warning: column 'Segment' in 'columns' matches no header of 'buyers.csv' [personas.unused-column]",
        ])
        #expect(findings[1].suggestion == "did you mean 'Persona Name'?")
    }

    @Test func tabSeparatedFiles() async throws {
        let tsv = "id\tname\tdecision_criteria\nciso\tCISO, security\tPrice; Proof\n"
        let personas = try await buyers(["buyers.tsv": tsv, "export.txt": tsv.replacingOccurrences(of: "ciso\t", with: "cfo\t")],
                                        "{ buyers: [buyers.tsv, { path: export.txt, format: tsv }], min-completeness: 0 }")
        #expect(personas.map(\.id) == ["ciso", "cfo"])
        #expect(personas.first?.name == "CISO, security")
        #expect(personas.first?.decisionCriteria == ["Price", "Proof"])
    }

    @Test func theSpreadsheetFormulaGuardIsRemoved() {
        #expect(CSVPersonaReader.unguarded("'-20% cost") == "-20% cost")
        #expect(CSVPersonaReader.unguarded("'=SUM(A1)") == "=SUM(A1)")
        #expect(CSVPersonaReader.unguarded("'tis the season") == "'tis the season")
    }

    @Test func channelPersonasFromCSV() async throws {
        let csv = "id,name,channel,sales_style,compensation,changes_asked,tools_needed,objections,contact\n"
            + "msp,Managed service providers,MSP,Recurring services,MRR; Margin per customer,Per-workload billing,Billing export,,Marco Ruiz\n"
        let kit = try PersonaKit(["channels.csv": csv])
        defer { kit.remove() }
        let result = try await kit.run("{ channels: channels.csv, min-completeness: 0 }")
        #expect(result.channelPersonas == [ChannelPersona(
            id: "msp", name: "Managed service providers", channel: "MSP", salesStyle: "Recurring services",
            measuredBy: ["MRR", "Margin per customer"], changesAsked: ["Per-workload billing"], toolsNeeded: ["Billing export"],
            contact: "Marco Ruiz", source: SourceLocation(file: "channels.csv", line: 2, column: 1),
            completeness: Completeness(score: 80, missing: ["motivations", "objections"], minimum: 0))])
    }
}
