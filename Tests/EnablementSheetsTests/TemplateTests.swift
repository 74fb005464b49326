import LaunchKitCore
import LaunchKitTemplates
import LaunchKitTestSupport
import Testing
@testable import EnablementSheets

/// The default templates, a kit's own templates laid over them, and what templates make safe.
@Suite("sheet templates")
struct TemplateTests {
    static let sheetTemplates = ["battlecard", "channel-brief", "cheat-sheet", "one-pager"]

    static var kitWithCompetitor: Kit {
        var kit = CloudGuardKit.kit
        kit.competitors = [Competitor(
            id: "skyline", name: "Skyline Security", whyWeWin: ["Ranked attack paths"],
            objections: [Competitor.Objection(objection: "Price | TCO?\nReally?", answer: "See <b>the calculator</b> | ROI\r\nin year one.")],
            pricingNotes: nil)]
        return kit
    }

    /// The library prepends the Markdown content type itself; a template that set its own would
    /// switch HTML neutralising off for its text.
    @Test func everyDefaultTemplateLeavesTheContentTypeToTheLibraryAndEndsALine() {
        let ours = DefaultTemplates.files.keys.filter { name in
            Self.sheetTemplates.contains { name == "\($0).mustache" } || name.hasPrefix("sheet-")
        }.sorted()
        #expect(ours.count == 9)
        for name in ours {
            let text = DefaultTemplates.files[name] ?? ""
            #expect(!text.contains("{{%CONTENT_TYPE"), "\(name)")
            #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "\(name)")
        }
    }

    @Test func aUserTemplateReplacesOneSheetAndTheRestComeFromTheDefaults() async throws {
        let defaults = try await SheetTestSupport.run(Self.kitWithCompetitor)
        let overridden = try await SheetTestSupport.run(
            Self.kitWithCompetitor,
            overrides: ["battlecard.mustache": "{{%CONTENT_TYPE: LAUNCHKIT_MARKDOWN}}\n# {{ line(name) }}: our own card\n{{ bullets(why_we_win) }}\n"])
        #expect(SheetTestSupport.contents("sheets/battlecard-skyline.md", in: overridden) == "# Skyline Security: our own card\n- Ranked attack paths\n")
        for artifact in defaults.artifacts where artifact.path != "sheets/battlecard-skyline.md" {
            #expect(SheetTestSupport.contents(artifact.path, in: overridden) == artifact.contents, "\(artifact.path)")
        }
    }

    @Test func aUserPartialChangesEverySheetThatIncludesIt() async throws {
        let kit = try await SheetTestSupport.run(
            CloudGuardKit.kit, overrides: ["sheet-message.mustache": "{{%CONTENT_TYPE: LAUNCHKIT_MARKDOWN}}\n- {{ line(text) }} [{{id}}]\n"])
        let cheatSheet = try #require(SheetTestSupport.contents("sheets/cheat-sheet.md", in: kit))
        #expect(cheatSheet.contains("\n- Pay for the workloads you protect, starting at 50. [per-workload-pricing]\n"))
        let onePager = try #require(SheetTestSupport.contents("sheets/one-pager-cfo.md", in: kit))
        #expect(onePager.contains("## What to tell them\n\n- Pay for the workloads you protect, starting at 50. [per-workload-pricing]\n"))
        let brief = try #require(SheetTestSupport.contents("sheets/channel-brief-resellers.md", in: kit))
        #expect(brief.contains("[starter-tier]"))
    }

    @Test func aUserTemplateNamingAMissingValueIsALocatedError() async {
        let marked = MarkedText("{{%CONTENT_TYPE: LAUNCHKIT_MARKDOWN}}\n# {{ line(name) }}\n\nPricing: {{1️⃣pricing}}\n")
        let problems = await SheetTestSupport.problems {
            _ = try await SheetTestSupport.run(Self.kitWithCompetitor, overrides: ["battlecard.mustache": marked.text])
        }
        #expect(problems == [
            "\(marked.location(1, in: "templates/battlecard.mustache")): error: no value for 'pricing' [template.missing-value]",
        ])
    }

    @Test func anOptionalValueWithoutASectionIsAnErrorThatSaysHowToShowIt() async throws {
        let marked = MarkedText("{{%CONTENT_TYPE: LAUNCHKIT_MARKDOWN}}\nPricing: {{ line(1️⃣pricing_notes) }}\n")
        do {
            _ = try await SheetTestSupport.run(Self.kitWithCompetitor, overrides: ["battlecard.mustache": marked.text])
            Issue.record("expected a DiagnosticError")
        } catch let error as DiagnosticError {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.location?.description == marked.location(1, in: "templates/battlecard.mustache"))
            #expect(diagnostic.message == "no value for 'pricing_notes'")
            #expect(diagnostic.suggestion == "it is nil here; show optional values with '{{#pricing_notes}}…{{/pricing_notes}}'")
        }
    }

    @Test func tableCellsEscapePipesAndLineBreaksAndNeutraliseHTML() async throws {
        let kit = try await SheetTestSupport.run(Self.kitWithCompetitor, options: EnablementSheetsOptions(sheets: .init([.battlecard])))
        let battlecard = try #require(SheetTestSupport.contents("sheets/battlecard-skyline.md", in: kit))
        #expect(battlecard.contains("""
            | They say | You say |
            | --- | --- |
            | Price \\| TCO?<br>Really? | See &lt;b>the calculator&lt;/b> \\| ROI<br>in year one. |

            """))
    }

    @Test func listsAndHeadingsKeepMultiLineTextOnOneLine() async throws {
        var kit = Self.kitWithCompetitor
        kit.competitors[0].name = "Skyline\nSecurity"
        let rendered = try await SheetTestSupport.run(kit)
        let battlecard = try #require(SheetTestSupport.contents("sheets/battlecard-skyline.md", in: rendered))
        #expect(battlecard.hasPrefix("# Battlecard: CloudGuard vs Skyline Security\n"))
        let cheatSheet = try #require(SheetTestSupport.contents("sheets/cheat-sheet.md", in: rendered))
        #expect(cheatSheet.contains("### Against Skyline Security\n\n- **Price | TCO? Really?**\n\n  See &lt;b>the calculator&lt;/b> | ROI in year one.\n"))
    }

    @Test func aBattlecardWithOnlyANameSaysWhatToAdd() async throws {
        var kit = CloudGuardKit.kit
        kit.competitors = [Competitor(id: "newco", name: "NewCo")]
        let rendered = try await SheetTestSupport.run(kit, options: EnablementSheetsOptions(sheets: .init([.battlecard])))
        #expect(SheetTestSupport.contents("sheets/battlecard-newco.md", in: rendered) == """
            # Battlecard: CloudGuard vs NewCo

            *CloudGuard 2.0 · launches 2026-12-01*

            Nothing is written about NewCo yet: add `why_we_win`, `objections` and the rest to competitors.yml.

            """)
    }

    @Test func aPersonaWithoutMessagesIsToldToLeadWithTheKeyMessages() async throws {
        var kit = CloudGuardKit.kit
        kit.buyerPersonas.append(BuyerPersona(id: "procurement", name: "Procurement lead"))
        let rendered = try await SheetTestSupport.run(kit)
        let onePager = try #require(SheetTestSupport.contents("sheets/one-pager-procurement.md", in: rendered))
        #expect(onePager.contains(
            "## What to tell them\n\nNo message in this kit is written for them yet: lead with the key messages in the [cheat sheet](cheat-sheet.md).\n"))
        let cheatSheet = try #require(SheetTestSupport.contents("sheets/cheat-sheet.md", in: rendered))
        #expect(cheatSheet.contains("### Procurement lead\n\nNothing is written for them yet: lead with the key messages.\n"))
    }

    /// A kit with one bare buyer persona and nothing else: every sheet still reads as sentences, and
    /// says what to add where.
    @Test func aSparseKitRendersWithNotesInsteadOfEmptyHeadings() async throws {
        var kit = Kit(release: Release(product: "CloudGuard", version: "2.0", date: CloudGuardKit.release.date, tier: 1))
        kit.buyerPersonas = [BuyerPersona(id: "ciso", name: "Security leader")]
        let rendered = try await SheetTestSupport.run(kit)
        #expect(rendered.artifacts.map(\.path) == ["sheets/cheat-sheet.md", "sheets/one-pager-ciso.md", "sheets/sheets.csv"])
        for artifact in rendered.artifacts {
            Snapshot.assertMatches(artifact.contents, named: "sparse/\(artifact.path)")
        }
    }
}
