import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import EnablementSheets

@Suite("sheet plan and options")
struct SheetPlanTests {
    static var kit: Kit {
        var kit = CloudGuardKit.kit
        kit.competitors = [Competitor(id: "skyline", name: "Skyline Security"), Competitor(id: "ironclad", name: "Ironclad Cloud Suite")]
        return kit
    }

    func plan(_ yaml: String = "{}", kit: Kit = SheetPlanTests.kit) throws -> SheetPlan {
        try SheetPlan(kit: kit, options: try SheetTestSupport.options(yaml), configFile: "launchkit.yml")
    }

    /// The first lines of the diagnostics that planning (or decoding the options) reports.
    func problems(_ yaml: String, kit: Kit = SheetPlanTests.kit) -> [String] {
        do {
            _ = try plan(yaml, kit: kit)
            Issue.record("expected the options to be refused")
        } catch let error as DiagnosticError {
            return error.diagnostics.map { DiagnosticFormatter.headline($0) + ($0.suggestion.map { "; \($0)" } ?? "") }
        } catch let error as YAMLErrors {
            return DiagnosticError(error).diagnostics.map { DiagnosticFormatter.headline($0) + ($0.suggestion.map { "; \($0)" } ?? "") }
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }

    @Test func byDefaultEverySheetForEveryoneInAFixedOrder() throws {
        let plan = try plan()
        #expect(plan.sheets.map(\.path) == [
            "sheets/cheat-sheet.md",
            "sheets/battlecard-skyline.md", "sheets/battlecard-ironclad.md",
            "sheets/channel-brief-field-sales.md", "sheets/channel-brief-resellers.md", "sheets/channel-brief-msp.md",
            "sheets/one-pager-ciso.md", "sheets/one-pager-cloud-architect.md", "sheets/one-pager-devops-lead.md", "sheets/one-pager-cfo.md",
        ])
        #expect(plan.sheets.map(\.title)[..<4] == ["Cheat sheet", "Battlecard: Skyline Security", "Battlecard: Ironclad Cloud Suite", "Channel brief: Enterprise field sales"])
        #expect(plan.sheets.map(\.subject) == [
            nil, Subject(.competitor, "skyline"), Subject(.competitor, "ironclad"),
            Subject(.channelPersona, "field-sales"), Subject(.channelPersona, "resellers"), Subject(.channelPersona, "msp"),
            Subject(.buyerPersona, "ciso"), Subject(.buyerPersona, "cloud-architect"), Subject(.buyerPersona, "devops-lead"),
            Subject(.buyerPersona, "cfo"),
        ])
        #expect(plan.nextStep == "Book a 30-minute demo of CloudGuard 2.0 built around their priorities.")
    }

    @Test func sheetsChoosesKindsWhateverTheirOrderOrRepeats() throws {
        let plan = try plan("sheets: [one-pager, cheat-sheet, one-pager]")
        #expect(plan.sheets.map(\.kind) == [.cheatSheet, .onePager, .onePager, .onePager, .onePager])
    }

    @Test func anUnknownSheetNameSuggestsTheNearest() {
        let marked = MarkedText("sheets: [cheat-sheet, 1️⃣batlecard]")
        #expect(problems(marked.text) == [
            "\(marked.location(1, in: "launchkit.yml")): error: unknown value 'batlecard' for 'sheets[1]' [yaml.schema]; did you mean 'battlecard'?",
        ])
    }

    @Test func anEmptyListIsRefusedWhereItIsWritten() {
        let sheets = MarkedText("sheets: 1️⃣[]")
        #expect(problems(sheets.text) == [
            "\(sheets.location(1, in: "launchkit.yml")): error: 'sheets' is empty [sheets.empty-list]; list some of 'cheat-sheet', 'battlecard', 'channel-brief', 'one-pager', or leave 'sheets' out to render them all",
        ])
        let messages = MarkedText("key-messages: 1️⃣[]")
        #expect(problems(messages.text) == [
            "\(messages.location(1, in: "launchkit.yml")): error: 'key-messages' is empty [sheets.empty-list]; list message ids, or leave 'key-messages' out to lead with the first 3 messages",
        ])
    }

    @Test func anUnknownOptionSuggestsTheNearest() {
        let marked = MarkedText("1️⃣key-message: [attack-paths]\nfor: { 2️⃣buyer: [ciso] }")
        #expect(problems(marked.text) == [
            "\(marked.location(1, in: "launchkit.yml")): error: unknown key 'key-message' [yaml.schema]; did you mean 'key-messages'?",
            "\(marked.location(2, in: "launchkit.yml")): error: unknown key 'buyer' in 'for' [yaml.schema]; did you mean 'buyers'?",
        ])
    }

    @Test func forChoosesWhoGetsASheetWithoutRenamingFiles() throws {
        let plan = try plan("for: { buyers: [cloud-architect], channels: [], competitors: [ironclad] }")
        #expect(plan.sheets.map(\.path) == ["sheets/cheat-sheet.md", "sheets/battlecard-ironclad.md", "sheets/one-pager-cloud-architect.md"])
    }

    @Test func forReportsEveryUnknownOrRepeatedIDWithTheNearest() {
        let marked = MarkedText("""
            for:
              buyers: [1️⃣cisco]
              channels: [field-sales, 2️⃣field-sales]
              competitors: [3️⃣acme]
            """)
        #expect(problems(marked.text) == [
            "\(marked.location(1, in: "launchkit.yml")): error: unknown buyer persona 'cisco' in 'for.buyers' [sheets.unknown-id]; did you mean 'ciso'?",
            "\(marked.location(2, in: "launchkit.yml")): error: 'field-sales' is listed twice in 'for.channels' [sheets.duplicate-id]; remove one of them",
            "\(marked.location(3, in: "launchkit.yml")): error: unknown competitor 'acme' in 'for.competitors' [sheets.unknown-id]; the competitors are 'skyline', 'ironclad'",
        ])
        var noCompetitors = Self.kit
        noCompetitors.competitors = []
        #expect(problems("for: { competitors: [skyline] }", kit: noCompetitors) == [
            "launchkit.yml:1:22: error: unknown competitor 'skyline' in 'for.competitors' [sheets.unknown-id]; the kit has no competitors",
        ])
    }

    @Test func keyMessagesAreTheFirstThreeNotWrittenForOneChannel() throws {
        var kit = Self.kit
        // A channel's own message first: it belongs in that channel's brief, not in the cheat sheet's lead.
        kit.messages = [CloudGuardKit.messages[5]] + CloudGuardKit.messages[..<5]
        #expect(try plan(kit: kit).keyMessages.map(\.id) == ["unified-risk", "attack-paths", "guided-fixes"])
        kit.messages = [CloudGuardKit.messages[1]]
        #expect(try plan(kit: kit).keyMessages.map(\.id) == ["attack-paths"])
    }

    @Test func keyMessagesOptionNamesThemInOrder() throws {
        #expect(try plan("key-messages: [per-workload-pricing, starter-tier]").keyMessages.map(\.id) == ["per-workload-pricing", "starter-tier"])
        let marked = MarkedText("key-messages: [guided-fixes, 1️⃣atack-paths]")
        #expect(problems(marked.text) == [
            "\(marked.location(1, in: "launchkit.yml")): error: unknown message 'atack-paths' in 'key-messages' [sheets.unknown-id]; did you mean 'attack-paths'?",
        ])
    }

    @Test func keyMessagesNeedMessagesInTheKit() {
        var kit = Self.kit
        kit.messages = []
        let marked = MarkedText("key-messages: 1️⃣[attack-paths]")
        #expect(problems(marked.text, kit: kit) == [
            "\(marked.location(1, in: "launchkit.yml")): error: 'key-messages' names messages, but the kit has none [sheets.unknown-id]; add 'message-simplification' before 'enablement-sheets', or leave 'key-messages' out",
        ])
    }

    @Test func fileNamesAreUniqueSlugsOfIDs() throws {
        var kit = Kit(release: CloudGuardKit.release)
        kit.buyerPersonas = [BuyerPersona(id: "IT.Ops", name: "IT ops"), BuyerPersona(id: "it-ops", name: "IT operations"), BuyerPersona(id: "Café", name: "Café owner")]
        #expect(try plan("sheets: [one-pager]", kit: kit).sheets.map(\.path) == [
            "sheets/one-pager-it-ops.md", "sheets/one-pager-it-ops-2.md", "sheets/one-pager-cafe.md",
        ])
    }

    @Test func nextStepIsTheOptionWhenGiven() throws {
        #expect(try plan("next-step: Book a risk review.").nextStep == "Book a risk review.")
    }
}
