import LaunchKitTestSupport
import LaunchKitCore
import Testing
@testable import PersonaImport

/// The shapes a YAML or JSON persona file may take, and how values are tidied.
@Suite struct YAMLImportTests {
    func run(_ files: [String: String], _ options: String) async throws -> Kit {
        let kit = try PersonaKit(files)
        defer { kit.remove() }
        return try await kit.run(options)
    }

    @Test func onePersonaPerFile() async throws {
        let kit = try await run([
            "ciso.yml": "id: ciso\nname: CISO\nsuccess_factors: Fewer alerts\n",
            "cfo.json": #"{"id": "cfo", "name": "CFO", "Role in purchase": "Economic Buyer", "reading_level": 9}"#,
        ], "{ buyers: [ciso.yml, cfo.json], min-completeness: 0 }")
        #expect(kit.buyerPersonas.map(\.id) == ["ciso", "cfo"])
        #expect(kit.buyerPersonas[0].successFactors == ["Fewer alerts"])
        #expect(kit.buyerPersonas[1].roleInPurchase == .economicBuyer)
        #expect(kit.buyerPersonas[1].readingLevel == 9)
        #expect(kit.buyerPersonas[0].source?.description == "ciso.yml:1:1")
    }

    @Test func aMixedFileWithBuyersAndChannelsLists() async throws {
        let kit = try await run(["personas.yml": """
            buyers:
              - id: ciso
                name: CISO
            channels:
              - id: msp
                name: Managed service providers
                changes:
                  - Move customers to per-workload billing
            """], "{ personas: personas.yml, min-completeness: 0 }")
        #expect(kit.buyerPersonas.map(\.id) == ["ciso"])
        #expect(kit.channelPersonas.map(\.id) == ["msp"])
        #expect(kit.channelPersonas.first?.changesAsked == ["Move customers to per-workload billing"])
    }

    @Test func textIsTrimmedAndListItemsAreOneLine() async throws {
        let kit = try await run(["buyers.yml": """
            - id: "  ciso "
              name: CISO
              notes: |
                First paragraph.

                Second paragraph.
              success_factors:
                - "  Fewer alerts  "
                - ""
                - ~
                - |
                  A short list
                  of real risks
            """], "{ buyers: buyers.yml, min-completeness: 0 }")
        let persona = try #require(kit.buyerPersonas.first)
        #expect(persona.id == "ciso")
        #expect(persona.notes == "First paragraph.\n\nSecond paragraph.")
        #expect(persona.successFactors == ["Fewer alerts", "A short list of real risks"])
    }

    @Test func unknownKeysAreWarningsWithASuggestionOrErrorsWhenStrict() async throws {
        let input = MarkedText("- id: ciso\n  name: CISO\n  1️⃣priorty_initiatives: [Cut risk]\n  2️⃣sales_style: Consultative\n")
        let kit = try PersonaKit(["buyers.yml": input.text])
        defer { kit.remove() }
        let findings = try await kit.run("{ buyers: buyers.yml, min-completeness: 0 }").findings
        #expect(findings.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.yml")): warning: unknown field 'priorty_initiatives' in buyer persona 'ciso' [personas.unknown-field]",
            "\(input.location(2, in: "buyers.yml")): warning: unknown field 'sales_style' in buyer persona 'ciso' [personas.unknown-field]",
        ])
        #expect(findings.map(\.suggestion) == [
            "did you mean 'priority_initiatives'?", "'sales_style' is a channel persona field; a buyer persona has no such field",
        ])
        #expect(findings.map(\.subject) == [Subject(.buyerPersona, "ciso"), Subject(.buyerPersona, "ciso")])
        #expect(try await kit.errors("{ buyers: buyers.yml, strict: true }") == findings.map {
            DiagnosticFormatter.headline($0).replacingOccurrences(of: "warning:", with: "error:")
        })
    }

    @Test func idsMustNotRepeatPersonasAlreadyInTheKit() async throws {
        var existing = Kit(release: PersonaKit.release)
        existing.buyerPersonas = [BuyerPersona(id: "ciso", name: "CISO", source: SourceLocation(file: "first.yml", line: 1, column: 1))]
        let kit = try PersonaKit(["buyers.yml": "id: ciso\nname: CISO again\n"])
        defer { kit.remove() }
        let diagnostics = try await kit.diagnostics("buyers: buyers.yml", into: existing)
        #expect(diagnostics.map(DiagnosticFormatter.headline) == ["buyers.yml:1:5: error: duplicate persona id 'ciso' [personas.duplicate-id]"])
        #expect(diagnostics.first?.notes.first?.location?.description == "first.yml:1:1")
    }
}
