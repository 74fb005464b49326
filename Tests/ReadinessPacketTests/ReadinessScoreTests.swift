import LaunchKitCore
import Testing
@testable import ReadinessPacket

/// The score formula and the gate on hand-made kits: each test changes one thing in a kit where
/// everything passes and checks the exact score, the failing checks and the gate.
@Suite struct ReadinessScoreTests {
    typealias F = KitFixtures

    func failing(_ assessment: ReadinessAssessment) -> [String] {
        assessment.allChecks.filter { !$0.passed }.map(\.id)
    }

    @Test func aKitWhereEverythingPassesScores100() {
        let assessment = F.evaluate(F.goodKit(), checklist: F.doneChecklist(), threshold: 100)
        #expect(assessment.score.value == 100)
        #expect(failing(assessment) == [])
        #expect(assessment.gate == ReadinessGate(score: 100, threshold: 100, blockingFailures: []))
        #expect(assessment.gate.passed)
        // No other checklist items: that family alone does not apply.
        #expect(assessment.families.filter { !$0.isApplicable }.map(\.family.id) == ["other-items"])
        #expect(assessment.score.possible == 95)
    }

    @Test func aPersonaWithoutAMessageCostsHalfOfThatFamily() {
        var kit = F.goodKit()
        kit.messages.removeAll { $0.id == "attack-paths" }
        let assessment = F.evaluate(kit, checklist: F.doneChecklist(), threshold: 90)
        #expect(failing(assessment) == ["buyer-messages:architect"])
        // 10 points shared by 2 personas: 5 lost of 95 at stake; 90 ÷ 95 = 94.7, rounded down.
        #expect(assessment.score.earned == 90)
        #expect(assessment.score.value == 94)
        #expect(assessment.gate.passed)
        let check = assessment.allChecks.first { $0.id == "buyer-messages:architect" }
        #expect(check?.title == "Raj Patel, cloud architect has a message")
        #expect(check?.detail == "no message lists 'architect' under personas")
        #expect(check?.weight == 5)
        #expect(check?.blocking == false)
        #expect(!F.evaluate(kit, checklist: F.doneChecklist(), threshold: 95).gate.passed)
    }

    @Test func anOverdueRequiredItemBlocksWhateverTheScore() {
        var checklist = F.doneChecklist()
        let index = checklist.items.firstIndex { $0.id == "press-release" }!
        checklist.items[index].status = .doing
        checklist.items[index].due = F.date("2026-12-03")
        let assessment = F.evaluate(F.goodKit(), checklist: checklist)
        #expect(failing(assessment) == ["required-items:press-release", "schedule:press-release"])
        // 2.5 of the 25 required-item points and 0.5 of the 5 schedule points: 92 ÷ 95.
        #expect(assessment.score.value == 96)
        #expect(assessment.gate == ReadinessGate(score: 96, threshold: nil, blockingFailures: ["required-items:press-release"]))
        #expect(!assessment.gate.passed)
        let checks = Dictionary(uniqueKeysWithValues: assessment.allChecks.map { ($0.id, $0) })
        #expect(checks["required-items:press-release"]?.detail == "in progress, owner Launch team, due 2026-12-03 (2 days after the release)")
        #expect(checks["required-items:press-release"]?.blocking == true)
        #expect(checks["schedule:press-release"]?.detail == "in progress, due 2026-12-03: 2 days after the release")
        #expect(checks["schedule:press-release"]?.blocking == false)
    }

    @Test func notApplicableFamiliesCountInNeitherSum() {
        var kit = F.goodKit()
        kit.competitors = []
        kit.channelPersonas = []
        kit.artifacts.removeAll { $0.subject?.id == "architect" }
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(assessment.families.filter { !$0.isApplicable }.map(\.family.id) == ["channel-briefs", "battlecards", "channel-changes", "other-items"])
        #expect(assessment.families.first { $0.family == .battlecards }?.notApplicableReason == "the kit has no competitors")
        #expect(failing(assessment) == ["one-pagers:architect"])
        // 70 points at stake, 5 lost: 65 ÷ 70 = 92.9.
        #expect(assessment.score.possible == 70)
        #expect(assessment.score.value == 92)
    }

    @Test func withoutAChecklistTheRequiredItemsAreMissing() {
        let assessment = F.evaluate(F.goodKit(tier: 3), checklist: nil, threshold: 50)
        #expect(failing(assessment) == ["required-items:release-notes", "required-items:support-readiness"])
        #expect(assessment.gate.blockingFailures == ["required-items:release-notes", "required-items:support-readiness"])
        #expect(assessment.allChecks.first?.detail == "not on the checklist: add an item with the id 'release-notes'")
        #expect(assessment.families.first { $0.family == .schedule }?.notApplicableReason == "no checklist was given")
        // 25 of 90 points lost.
        #expect(assessment.score.value == 72)
        #expect(!assessment.gate.passed)
    }

    @Test func errorLevelFindingsBlock() {
        var kit = F.goodKit()
        kit.findings = [
            Diagnostic(.error, "claim 'stops every breach' has no proof", at: SourceLocation(file: "messages.yml", line: 4, column: 9), rule: "launchkit.Proof"),
            .warning("'leverage' is a buzzword", at: SourceLocation(file: "messages.yml", line: 9, column: 3)),
        ]
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(failing(assessment) == ["no-errors"])
        #expect(assessment.allChecks.first { $0.id == "no-errors" }?.detail
            == "1 finding at error level: claim 'stops every breach' has no proof (messages.yml:4:9)")
        #expect(assessment.gate.blockingFailures == ["no-errors"])
        #expect(assessment.score.value == 89)
    }

    @Test func otherStagesChecksCountWithTheirOwnWeight() {
        var kit = F.goodKit()
        kit.checks = [
            ReadinessCheck(id: "legal-approved", title: "Legal approved the claims", passed: false, weight: 5, blocking: true, stage: "legal-review"),
            ReadinessCheck(id: "translations", title: "Pages translated", passed: true, weight: 10, stage: "localization"),
            ReadinessCheck(id: "ignored-weight", title: "A check with a negative weight", passed: false, weight: -4, stage: "odd-stage"),
        ]
        let assessment = F.evaluate(kit, checklist: F.doneChecklist())
        #expect(assessment.external.map(\.id) == ["legal-approved", "translations", "ignored-weight"])
        // 95 + 5 + 10 at stake (a negative weight counts 0), 105 earned.
        #expect(assessment.score.possible == 110)
        #expect(assessment.score.earned == 105)
        #expect(assessment.score.value == 95)
        #expect(assessment.gate.blockingFailures == ["legal-approved"])
    }

    @Test func theScoreIsRoundedDownButNeverByBinaryNoise() {
        func score(passed: Double, failed: Double) -> Int {
            ReadinessScore(families: [], external: [
                ReadinessCheck(id: "a", title: "A", passed: true, weight: passed, stage: "s"),
                ReadinessCheck(id: "b", title: "B", passed: false, weight: failed, stage: "s"),
            ]).value
        }
        #expect(score(passed: 799, failed: 201) == 79)
        #expect(score(passed: 0.8, failed: 0.2) == 80)
        #expect(score(passed: 7, failed: 3) == 70)
        #expect(score(passed: 1, failed: 0) == 100)
        let family = FamilyResult(.requiredItems, checks: (0..<5).map {
            ReadinessCheck(id: "i\($0)", title: "I", passed: $0 != 0, stage: F.stageID)
        })
        #expect(family.checks.map(\.weight) == [5, 5, 5, 5, 5])
        #expect(ReadinessScore(families: [family], external: []).value == 80)
        #expect(ReadinessScore(families: [], external: []).value == 0)
    }

    @Test func theGateComparesTheScoreWithTheThresholdInclusively() {
        var kit = F.goodKit()
        kit.messages.removeAll { $0.id == "attack-paths" }
        #expect(F.evaluate(kit, checklist: F.doneChecklist(), threshold: 94).gate.passed)
        #expect(!F.evaluate(kit, checklist: F.doneChecklist(), threshold: 94.5).gate.passed)
    }
}
