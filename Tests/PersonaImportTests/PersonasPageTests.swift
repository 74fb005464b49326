import LaunchKitTestSupport
import LaunchKitCore
import Testing
@testable import PersonaImport

/// `personas.md` beyond the example: empty sections left out, and a kit's own template.
@Suite struct PersonasPageTests {
    @Test func aKitWithoutChannelsHasNoChannelSectionAndUnknownsAreSaid() async throws {
        let kit = try PersonaKit(["buyers.yml": "id: cfo\nname: CFO\njargon_ok: [ROI]\n"])
        defer { kit.remove() }
        let page = try #require(try await kit.run("{ buyers: buyers.yml, min-completeness: 0 }").artifacts.first { $0.path == "personas.md" })
        #expect(page.contents == """
            # Who buys and who sells CloudGuard 2.0

            This page describes 1 buyer persona and 0 sales channels. Buyer personas say who decides to buy and why. Channel personas say who sells it, and what this release asks them to change.

            ## Buyers

            | Persona | Role in the purchase | Profile |
            | --- | --- | --- |
            | CFO | Not known yet | 0% complete |

            ### CFO

            Role in the purchase: not known yet.

            They use these terms themselves: ROI.

            Profile 0% complete. Still to research: title, role in the purchase, priority initiatives, success factors, perceived barriers, decision criteria, buyer's journey, information sources, measured by, reading level.

            """)
    }

    @Test func aKitTemplateReplacesTheDefault() async throws {
        let kit = try PersonaKit([
            "buyers.yml": "id: ciso\nname: CISO\ntitle: VP of Security\n",
            "templates/personas.mustache": "# {{release}}\n{{#buyers}}\n- {{name}}: {{title}}\n{{/buyers}}\n",
        ])
        defer { kit.remove() }
        let result = try await kit.run("{ buyers: buyers.yml, min-completeness: 0 }", templates: "templates")
        #expect(result.artifacts.first { $0.path == "personas.md" }?.contents == "# CloudGuard 2.0\n- CISO: VP of Security\n")
    }

    @Test func aMissingValueInAKitTemplateIsLocatedThere() async throws {
        let template = MarkedText("# {{release}}\n{{#buyers}}\n- {{name}}: {{1️⃣titel}}\n{{/buyers}}\n")
        let kit = try PersonaKit(["buyers.yml": "id: ciso\nname: CISO\ntitle: VP of Security\n", "templates/personas.mustache": template.text])
        defer { kit.remove() }
        do {
            _ = try await kit.run("{ buyers: buyers.yml }", templates: "templates")
            Issue.record("the stage rendered a template that names a missing value")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(DiagnosticFormatter.headline) == [
                "\(template.location(1, in: "templates/personas.mustache")): error: no value for 'titel' in 'buyers[0]' [template.missing-value]",
            ])
            #expect(error.diagnostics.first?.suggestion == "did you mean 'title'?")
        }
    }
}
