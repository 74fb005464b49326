import LaunchKitCore
import Testing
@testable import EnablementSheets

/// The pure functions that decide what each sheet says, apart from how templates lay it out.
@Suite("view models")
struct ViewModelTests {
    func plan(_ kit: Kit, _ options: EnablementSheetsOptions = EnablementSheetsOptions()) throws -> SheetPlan {
        try SheetPlan(kit: kit, options: options, configFile: "launchkit.yml")
    }

    @Test func messagesAreQuotedInTheirSimplifiedWordingWhenThereIsOne() {
        let simplified = MessageLine(Message(id: "a", text: "Leverages a CNAPP.", rewrite: "Uses a cloud security platform."))
        #expect(simplified.text == "Uses a cloud security platform.")
        let blankRewrite = MessageLine(Message(id: "b", feature: " ", text: "Shows risk in one place.", benefit: "", rewrite: "  "))
        #expect(blankRewrite.text == "Shows risk in one place.")
        // Blank optional text is no value, so a template's section skips it.
        #expect(blankRewrite.feature == nil && blankRewrite.benefit == nil)
    }

    @Test func messagesAreGroupedByPersonaAndChannelInFileOrder() {
        let index = MessageIndex([
            Message(id: "a", text: "t", personas: ["ciso", "cfo", "ciso"]),
            Message(id: "b", text: "t", personas: ["cfo"], channel: "msp"),
            Message(id: "c", text: "t", channel: "msp"),
        ])
        #expect(index.all.map(\.id) == ["a", "b", "c"])
        #expect(index.written(forPersona: "ciso").map(\.id) == ["a"])
        #expect(index.written(forPersona: "cfo").map(\.id) == ["a", "b"])
        #expect(index.written(forChannel: "msp").map(\.id) == ["b", "c"])
        #expect(index.written(forPersona: "nobody").isEmpty && index.written(forChannel: "ciso").isEmpty)
    }

    @Test func proofPointsAreDistinctInMessageOrder() {
        let lines = [
            Message(id: "a", feature: "Paths", text: "t", proof: "74 percent fewer findings"),
            Message(id: "b", text: "t"),
            Message(id: "c", feature: "Again", text: "t", proof: "74 percent fewer findings"),
            Message(id: "d", text: "t", proof: "4 days to fix"),
        ].map(MessageLine.init)
        #expect(MessageLine.proofPoints(of: lines) == [
            ProofPoint(feature: "Paths", proof: "74 percent fewer findings"), ProofPoint(feature: nil, proof: "4 days to fix"),
        ])
    }

    @Test func theCheatSheetNumbersKeyMessagesAndCoversEveryBuyer() throws {
        var kit = CloudGuardKit.kit
        kit.buyerPersonas.append(BuyerPersona(id: "newcomer", name: "Procurement lead"))
        let model = CheatSheetViewModel(kit: kit, plan: try plan(kit))
        #expect(model.key_messages.map { "\($0.number). \($0.feature ?? "")" } == ["1. One view of risk", "2. Attack-path analysis", "3. Fix guidance"])
        #expect(model.buyers.map(\.persona.id) == ["ciso", "cloud-architect", "devops-lead", "cfo", "newcomer"])
        #expect(model.buyers.map { $0.messages.map(\.id) } == [
            ["unified-risk", "attack-paths", "per-workload-pricing"], ["unified-risk", "attack-paths", "guided-fixes"],
            ["guided-fixes", "no-agents"], ["per-workload-pricing"], [],
        ])
        // Only personas with questions get a discovery section.
        #expect(model.discovery.map(\.persona.id) == ["ciso", "cloud-architect", "devops-lead"])
        // Only channels with objections: the MSPs have none yet.
        #expect(model.channel_objections.map(\.name) == ["Enterprise field sales", "Value-added resellers"])
        #expect(model.more_sheets.first == SheetLink(title: "Channel brief: Enterprise field sales", file: "channel-brief-field-sales.md"))
        #expect(!model.no_messages && !model.no_channel_personas && model.no_competitors && !model.no_objections)
    }

    @Test func theCheatSheetSaysWhatTheKitLacks() throws {
        var kit = Kit(release: Release(product: "CloudGuard", version: "2.0", date: CloudGuardKit.release.date, tier: 1))
        kit.buyerPersonas = [BuyerPersona(id: "ciso", name: "Security leader")]
        var model = CheatSheetViewModel(kit: kit, plan: try plan(kit))
        #expect(model.no_messages && model.no_competitors && model.no_channel_personas)
        // With neither competitors nor channels, the two notes about them say it all.
        #expect(!model.no_objections)
        kit.competitors = [Competitor(id: "skyline", name: "Skyline")]
        model = CheatSheetViewModel(kit: kit, plan: try plan(kit))
        #expect(model.no_objections)
        #expect(model.competitor_objections.isEmpty)
    }

    @Test func aCompetitorsObjectionsLinkItsBattlecardOnlyWhenItIsRendered() throws {
        var kit = CloudGuardKit.kit
        kit.competitors = [Competitor(id: "skyline", name: "Skyline", objections: [Competitor.Objection(objection: "o", answer: "a")])]
        let rendered = CheatSheetViewModel(kit: kit, plan: try plan(kit))
        #expect(rendered.competitor_objections.first?.battlecard == SheetLink(title: "Battlecard: Skyline", file: "battlecard-skyline.md"))
        let options = try SheetTestSupport.options("sheets: [cheat-sheet]")
        let alone = CheatSheetViewModel(kit: kit, plan: try plan(kit, options))
        #expect(alone.competitor_objections.first?.battlecard == nil)
        #expect(alone.more_sheets.isEmpty)
    }

    @Test func aOnePagerHelpsWithItsMessagesBenefitsOrElseTheHighlights() throws {
        let kit = CloudGuardKit.kit
        let plan = try plan(kit)
        let ciso = OnePagerViewModel(persona: kit.buyerPersonas[0], kit: kit, plan: plan)
        #expect(ciso.how_it_helps == [
            "Your team stops switching between three consoles to answer one question.",
            "Your team fixes the 20 issues that matter instead of triaging 2,000.",
            "Security spend grows with cloud use, and finance can forecast it.",
        ])
        #expect(ciso.proof_points.count == 2)
        #expect(ciso.role == "Decision maker")
        #expect(ciso.cheat_sheet?.file == "cheat-sheet.md")
        let newcomer = OnePagerViewModel(persona: BuyerPersona(id: "newcomer", name: "Procurement lead"), kit: kit, plan: plan)
        #expect(newcomer.messages.isEmpty && !newcomer.no_messages)
        #expect(newcomer.how_it_helps == CloudGuardKit.release.highlights)
    }

    @Test func aChannelBriefQuotesTheMessagesWrittenForThatChannel() throws {
        let kit = CloudGuardKit.kit
        let plan = try plan(kit)
        let resellers = ChannelBriefViewModel(channel: kit.channelPersonas[1], kit: kit, plan: plan)
        #expect(resellers.messages.map(\.id) == ["starter-tier"])
        #expect(resellers.changes == kit.channelPersonas[1].changesAsked)
        #expect(resellers.in_it_for_you == kit.channelPersonas[1].motivations)
        #expect(resellers.contact == "Marco Ruiz, channel account manager")
        let field = ChannelBriefViewModel(channel: kit.channelPersonas[0], kit: kit, plan: plan)
        #expect(field.messages.isEmpty)
    }

    @Test func aBattlecardWithOnlyANameIsEmpty() throws {
        let kit = CloudGuardKit.kit
        let bare = BattlecardViewModel(competitor: Competitor(id: "x", name: "X", strengths: [" "]), kit: kit, plan: try plan(kit))
        #expect(bare.is_empty)
        let priced = BattlecardViewModel(competitor: Competitor(id: "x", name: "X", pricingNotes: "Per seat"), kit: kit, plan: try plan(kit))
        #expect(!priced.is_empty)
    }
}
