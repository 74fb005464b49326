import LaunchKitCore
import Testing
@testable import ReadinessPacket

/// What each check family decides, one rule at a time.
@Suite struct ReadinessEvaluatorTests {
    typealias F = KitFixtures

    func check(_ id: String, in assessment: ReadinessAssessment) -> ReadinessCheck? {
        assessment.allChecks.first { $0.id == id }
    }

    func item(_ id: String, due: String = "2026-11-20", status: ChecklistItem.Status = .done, requiredFrom: Int? = nil) -> ChecklistItem {
        ChecklistItem(id: id, title: id, owner: "Launch team", due: F.date(due), status: status, requiredFrom: requiredFrom)
    }

    // MARK: Tiers

    @Test func eachTierRequiresTheSmallerTiersItemsPlusItsOwn() {
        #expect(LaunchTier.numbered(3)!.requiredItems.map(\.id) == ["release-notes", "support-readiness"])
        #expect(LaunchTier.numbered(2)!.requiredItems.map(\.id) == [
            "release-notes", "support-readiness", "pricing-approved", "sales-training", "partner-briefing", "website-update", "launch-blog-post",
        ])
        #expect(LaunchTier.numbered(1)!.requiredItems.count == RequiredItem.builtIn.count)
        #expect(LaunchTier.numbered(4) == nil)
    }

    @Test func requiredFromOverridesTheBuiltInValueAndAddsItems() {
        let checklist = Checklist(items: [
            item("partner-portal", due: "2026-11-10", requiredFrom: 2),
            item("press-release", due: "2026-11-12"),
            item("release-notes", due: "2026-11-14", requiredFrom: 1),
            item("swag", due: "2026-11-16"),
        ])
        let requirements = TierRequirements(tier: 2, checklist: checklist)
        #expect(requirements.required.map(\.id) == [
            "partner-portal", "support-readiness", "pricing-approved", "sales-training", "partner-briefing", "website-update", "launch-blog-post",
        ])
        #expect(requirements.required.map { $0.item != nil } == [true, false, false, false, false, false, false])
        #expect(requirements.others.map(\.id) == ["press-release", "release-notes", "swag"])
    }

    @Test func aMistypedRequiredIdIsNamedInTheCheckAndWarned() {
        var checklist = F.doneChecklist()
        let index = checklist.items.firstIndex { $0.id == "press-release" }!
        checklist.items[index].id = "press-releases"
        checklist.items[index].location = SourceLocation(file: "checklist.yml", line: 40, column: 5)
        let assessment = F.evaluate(F.goodKit(), checklist: checklist)
        #expect(check("required-items:press-release", in: assessment)?.detail
            == "not on the checklist: add an item with the id 'press-release' (or rename 'press-releases' if it is this item)")
        let warnings = ReadinessPacketStage.typoWarnings(tier: LaunchTier.numbered(1)!, checklist: checklist)
        #expect(warnings.map(DiagnosticFormatter.headline) == [
            "checklist.yml:40:5: warning: checklist item 'press-releases' looks like the required item 'press-release' [readiness.required-item-id]",
        ])
        #expect(warnings.first?.subject == Subject(.checklistItem, "press-releases"))
    }

    @Test func notApplicableItemsCountAsDoneAndSayWhy() {
        var checklist = F.doneChecklist()
        let index = checklist.items.firstIndex { $0.id == "analyst-briefing" }!
        checklist.items[index].status = .notApplicable
        checklist.items[index].note = "No analyst tour this quarter"
        let assessment = F.evaluate(F.goodKit(), checklist: checklist)
        #expect(check("required-items:analyst-briefing", in: assessment)?.passed == true)
        #expect(check("required-items:analyst-briefing", in: assessment)?.detail == "not applicable: No analyst tour this quarter")
    }

    // MARK: Content checks

    @Test func channelChangesNeedOneToolOrChannelMessageEach() {
        var kit = F.goodKit()
        kit.channelPersonas = [
            ChannelPersona(id: "msp", name: "Managed service providers", changesAsked: ["Bundle it", "Bill monthly", "Run reviews"], toolsNeeded: ["Calculator"]),
            ChannelPersona(id: "reseller", name: "Resellers", changesAsked: ["New price", "New buyer"], toolsNeeded: ["Price list"]),
            ChannelPersona(id: "marketplace", name: "Marketplace"),
        ]
        kit.messages.append(Message(id: "reseller-margin", text: "Keep your margin.", channel: "reseller"))
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(check("channel-changes:msp", in: assessment)?.passed == false)
        #expect(check("channel-changes:msp", in: assessment)?.detail == "3 changes asked but only 1 tool and 0 channel messages: 2 without support")
        #expect(check("channel-changes:msp", in: assessment)?.title == "Changes asked of Managed service providers are supported")
        #expect(check("channel-changes:reseller", in: assessment)?.passed == true)
        #expect(check("channel-changes:reseller", in: assessment)?.detail == "2 changes asked, supported by 1 tool and 1 channel message")
        #expect(check("channel-changes:marketplace", in: assessment)?.detail == "nothing new is asked of this channel")
        #expect(check("channel-briefs:reseller", in: assessment)?.detail == "no channel brief was written for 'reseller'")
    }

    @Test func readingLevelUsesTheStrictestPersonaAndTheGradeAsShown() {
        var kit = F.goodKit()
        kit.buyerPersonas[0].readingLevel = 9
        kit.messages = [
            Message(id: "rounds-down", text: "t", personas: ["ciso"], scores: F.scores(grade: 9.04)),
            Message(id: "rounds-up", text: "t", personas: ["architect", "ciso"], scores: F.scores(grade: 9.06)),
            Message(id: "unscored", text: "t", personas: ["ciso"]),
            Message(id: "no-target", text: "t", personas: ["unknown-persona"], scores: F.scores(grade: 14)),
        ]
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(assessment.families.first { $0.family == .readingLevel }?.checks.map(\.id) == ["reading-level:rounds-down", "reading-level:rounds-up"])
        #expect(check("reading-level:rounds-down", in: assessment)?.detail == "grade 9, within grade 9 for 'ciso'")
        #expect(check("reading-level:rounds-up", in: assessment)?.detail == "grade 9.1, above grade 9 for 'ciso'")
        #expect(check("reading-level:rounds-up", in: assessment)?.passed == false)
    }

    @Test func completenessCoversBuyersAndChannelsAgainstTheImportersMinimum() {
        var kit = F.goodKit()
        kit.buyerPersonas[1].completeness = Completeness(score: 60, missing: ["decision_criteria", "buyers_journey"], minimum: 80)
        kit.channelPersonas[0].completeness = nil
        let strict = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(strict.families.first { $0.family == .personaCompleteness }?.checks.map(\.id) == [
            "persona-completeness:buyer-persona:ciso", "persona-completeness:buyer-persona:architect",
        ])
        #expect(check("persona-completeness:buyer-persona:architect", in: strict)?.detail
            == "60% complete, below the 80% asked; missing decision_criteria and buyers_journey")
        kit.buyerPersonas[1].completeness?.minimum = 60
        #expect(check("persona-completeness:buyer-persona:architect", in: F.evaluate(kit, checklist: nil))?.passed == true)
    }

    @Test func sheetsAreFoundByKindAndSubject() {
        var kit = F.goodKit()
        // A battlecard about another competitor, and a one-pager of the wrong kind, do not count.
        kit.artifacts = [
            F.sheet(SheetKind.battlecard, "battlecard-other", Subject(.competitor, "other")),
            F.sheet(SheetKind.channelBrief, "one-pager-ciso", Subject(.buyerPersona, "ciso")),
        ]
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(check("battlecards:skyward", in: assessment)?.passed == false)
        #expect(check("battlecards:skyward", in: assessment)?.detail == "no battlecard was written for 'skyward'")
        #expect(check("one-pagers:ciso", in: assessment)?.passed == false)
    }

    @Test func withNothingCheckedTheErrorCheckDoesNotApply() {
        let kit = Kit(release: F.goodKit().release)
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(assessment.families.filter(\.isApplicable).map(\.family.id) == ["required-items", "schedule"])
        #expect(assessment.families.first { $0.family == .noErrors }?.notApplicableReason == "no stage added findings, messages, personas or competitors")
        #expect(assessment.score.value == 100)
    }

    @Test func checksCarryTheStageAndTheirFamilysBlockingFlag() {
        let assessment = F.evaluate(F.goodKit(), checklist: F.doneChecklist())
        #expect(Set(assessment.ownChecks.map(\.stage)) == [F.stageID])
        #expect(Set(assessment.ownChecks.filter(\.blocking).map { $0.id.split(separator: ":")[0] }) == ["required-items", "no-errors"])
        #expect(Set(assessment.ownChecks.map(\.id)).count == assessment.ownChecks.count)
    }

    @Test func theFamiliesAddUpTo100Points() {
        #expect(CheckFamily.all.reduce(0) { $0 + $1.points } == 100)
        #expect(Set(CheckFamily.all.map(\.id)).count == CheckFamily.all.count)
    }
}
