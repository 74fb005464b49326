import LaunchKitTestSupport
import LaunchKitCore
import Testing
@testable import PersonaImport

/// Every validation message for YAML and JSON persona files, at its exact position.
@Suite struct YAMLValidationTests {
    /// Runs the stage over one buyers file (or another option) and returns the error headlines
    /// with the expected ones, both built from the marked text.
    func check(
        _ marked: String, file: String = "buyers.yml", options: String? = nil, _ expected: (MarkedText) -> [String]
    ) async throws {
        let input = MarkedText(marked)
        let kit = try PersonaKit([file: input.text])
        defer { kit.remove() }
        let errors = try await kit.errors(options ?? "buyers: \(file)")
        #expect(errors == expected(input))
    }

    @Test func missingRequiredFieldsPointAtThePersonaOrTheEmptyValue() async throws {
        try await check("""
            - 1️⃣title: CISO
              name: CISO
            - id: architect
              name: 2️⃣~
            - 3️⃣notes: nothing else
            """) { m in [
                "\(m.location(1, in: "buyers.yml")): error: missing required field 'id' in a buyer persona [personas.missing-field]",
                "\(m.location(2, in: "buyers.yml")): error: missing required field 'name' in buyer persona 'architect' [personas.missing-field]",
                "\(m.location(3, in: "buyers.yml")): error: missing required field 'id' in a buyer persona [personas.missing-field]",
                "\(m.location(3, in: "buyers.yml")): error: missing required field 'name' in a buyer persona [personas.missing-field]",
            ] }
    }

    @Test func aMissingIDSuggestsOneFromTheName() async throws {
        let kit = try PersonaKit(["buyers.yml": "name: Cloud Security Architect\n"])
        defer { kit.remove() }
        let diagnostics = try await kit.diagnostics("buyers: buyers.yml")
        #expect(diagnostics.map(\.suggestion) == ["give it a short id that messages can refer to, such as 'cloud-security-architect'"])
    }

    @Test func anEmptyPersonaIsAnError() async throws {
        try await check("""
            - 1️⃣{}
            - id: ciso
              name: CISO
            - 2️⃣title:
              notes: ~
            """) { m in [
                "\(m.location(1, in: "buyers.yml")): error: empty buyer persona [personas.empty]",
                "\(m.location(2, in: "buyers.yml")): error: empty buyer persona [personas.empty]",
            ] }
    }

    @Test func wrongTypesNameTheFieldAndWhatWasFound() async throws {
        try await check("""
            - id: ciso
              name: 1️⃣[CISO, Chief]
              success_factors: 2️⃣{fewer alerts: true}
              decision_criteria:
                - Price
                - 3️⃣{weight: 2}
            """) { m in [
                "\(m.location(1, in: "buyers.yml")): error: expected text for 'name', found a list [personas.wrong-type]",
                "\(m.location(2, in: "buyers.yml")): error: expected a list of text for 'success_factors', found a mapping [personas.wrong-type]",
                "\(m.location(3, in: "buyers.yml")): error: expected a list of text for 'decision_criteria', found an item that is a mapping [personas.wrong-type]",
            ] }
    }

    @Test func readingLevelMustBeAGradeFrom1To18() async throws {
        try await check("""
            - id: ciso
              name: CISO
              reading_level: 1️⃣25
            - id: cfo
              name: CFO
              reading_level: 2️⃣high
            - id: architect
              name: Architect
              reading_level: 3️⃣0.5
            - id: devops
              name: DevOps lead
              reading_level: 18
            """) { m in [
                "\(m.location(1, in: "buyers.yml")): error: reading_level '25' is outside 1 to 18 [personas.reading-level]",
                "\(m.location(2, in: "buyers.yml")): error: expected a number from 1 to 18 for 'reading_level', found 'high' [personas.wrong-type]",
                "\(m.location(3, in: "buyers.yml")): error: reading_level '0.5' is outside 1 to 18 [personas.reading-level]",
            ] }
    }

    @Test func anUnknownRoleSuggestsTheNearestOne() async throws {
        let input = MarkedText("""
            - id: ciso
              name: CISO
              role_in_purchase: 1️⃣decison maker
            - id: cfo
              name: CFO
              role_in_purchase: 2️⃣approver
            """)
        let kit = try PersonaKit(["buyers.yml": input.text])
        defer { kit.remove() }
        let diagnostics = try await kit.diagnostics("buyers: buyers.yml")
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "buyers.yml")): error: unknown role_in_purchase 'decison maker' [personas.unknown-role]",
            "\(input.location(2, in: "buyers.yml")): error: unknown role_in_purchase 'approver' [personas.unknown-role]",
        ])
        #expect(diagnostics.map(\.suggestion) == [
            "did you mean 'decision maker'?",
            "expected one of: decision maker, influencer, user, blocker, champion, economic buyer",
        ])
    }

    @Test func fileStructureErrors() async throws {
        try await check("1️⃣just a name\n") { m in
            ["\(m.location(1, in: "buyers.yml")): error: expected a persona or a list of personas, found 'just a name' [personas.wrong-type]"]
        }
        try await check("- id: ciso\n  name: CISO\n- 1️⃣cfo\n") { m in
            ["\(m.location(1, in: "buyers.yml")): error: expected a persona (a mapping of fields), found 'cfo' [personas.wrong-type]"]
        }
        try await check("# personas to come\n") { _ in ["buyers.yml:1:1: error: no personas in 'buyers.yml' [personas.empty-file]"] }
        try await check("[]\n") { _ in ["buyers.yml:1:1: error: no personas in 'buyers.yml' [personas.empty-file]"] }
    }

    @Test func yamlSyntaxErrorsKeepTheirPosition() async throws {
        let kit = try PersonaKit(["buyers.yml": "- id: ciso\n  name: [CISO\n"])
        defer { kit.remove() }
        let errors = try await kit.errors("buyers: buyers.yml")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("buyers.yml:3:1: error: ") == true)
        #expect(errors.first?.hasSuffix("[yaml.syntax]") == true)
    }

    @Test func mixedFilesNeedAKindPerPersona() async throws {
        try await check("""
            - id: ciso
              name: CISO
              kind: buyer
            - 1️⃣id: msp
              name: MSP
            - id: field
              name: Field sales
              kind: 2️⃣partner
            """, file: "personas.yml", options: "personas: personas.yml") { m in [
                "\(m.location(1, in: "personas.yml")): error: missing required field 'kind' in persona 'msp' [personas.missing-field]",
                "\(m.location(2, in: "personas.yml")): error: unknown kind 'partner' [personas.unknown-kind]",
            ] }
    }

    @Test func aPersonaOfTheOtherKindIsAnError() async throws {
        try await check("""
            - id: msp
              name: MSP
              kind: 1️⃣channel
            """) { m in
                ["\(m.location(1, in: "buyers.yml")): error: a channel persona in a file listed under 'buyers' [personas.kind-mismatch]"]
            }
        try await check("""
            1️⃣channels:
              - id: msp
                name: MSP
            """) { m in
                ["\(m.location(1, in: "buyers.yml")): error: a channel persona in a file listed under 'buyers' [personas.kind-mismatch]"]
            }
    }

    @Test func aFieldGivenTwiceUnderTwoNames() async throws {
        try await check("""
            - id: ciso
              name: CISO
              title: Chief Information Security Officer
              1️⃣Role: VP of Security
            """) { m in
                ["\(m.location(1, in: "buyers.yml")): error: field 'title' is given twice, by 'title' and by 'Role' [personas.duplicate-field]"]
            }
    }

    @Test func jsonFilesGetPositionsToo() async throws {
        try await check("""
            [
              {"id": "ciso", "name": "CISO", "reading_level": 1️⃣42},
              2️⃣{"name": "CFO"}
            ]
            """, file: "buyers.json") { m in [
                "\(m.location(1, in: "buyers.json")): error: reading_level '42' is outside 1 to 18 [personas.reading-level]",
                "\(m.location(2, in: "buyers.json")): error: missing required field 'id' in a buyer persona [personas.missing-field]",
            ] }
    }
}
