import Foundation
import LaunchKitCore
import LaunchKitTemplates
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import ReadinessPacket

@Suite struct ReadinessPacketStageTests {
    typealias F = KitFixtures
    /// The options of the stage's documented example, which is the CloudGuard config's entry.
    let options: ReadinessPacketOptions

    init() throws {
        let entry = try #require(try YAMLDocument.load(Array(ReadinessPacketStage.description.example.utf8), file: "example")?.sequence?.nodes.first)
        let with = try #require(entry.mapping?.pairs.first { $0.key.scalar?.string == "with" }?.value)
        options = try NodeDecoder(file: "example").decode(ReadinessPacketOptions.self, from: with)
    }
    static let packetFiles = ["README.md", "checklist.md", "checklist.csv", "summary.json"]

    func artifact(_ path: String, in kit: Kit) throws -> String {
        try #require(kit.artifacts.first { $0.path == path }).contents
    }

    /// A copy of the example kit's checklist with one edit, in a temporary kit directory.
    func exampleChecklist(replacing original: String, with replacement: String) throws -> TemporaryDirectory {
        let text = try String(contentsOf: PackagePaths.examples.appending(path: "CloudGuard/checklist.yml"), encoding: .utf8)
        #expect(text.contains(original))
        let directory = try TemporaryDirectory("readiness")
        try directory.write("checklist.yml", text.replacingOccurrences(of: original, with: replacement))
        return directory
    }

    // MARK: The example

    @Test func cloudGuardPacketMatchesItsGoldenFiles() async throws {
        let kit = try await F.run(try F.cloudGuardKit(), options: options)
        for path in Self.packetFiles {
            Snapshot.assertMatches(try artifact(path, in: kit), named: "cloudguard/\(path)")
        }
        #expect(kit.gate == ReadinessGate(score: 92, threshold: 70, blockingFailures: []))
        #expect(try artifact("README.md", in: kit).hasPrefix("# CloudGuard 2.0 launch readiness\n\n**Ready.**\n\n- **Readiness score:** 92 of 100\n"))
    }

    @Test func theExampleIsNotReadyWhenThePressReleaseSlips() async throws {
        let directory = try exampleChecklist(
            replacing: "    due: 2026-11-25\n    status: done\n    note: Embargo",
            with: "    due: 2026-12-03\n    status: doing\n    note: Embargo")
        defer { directory.remove() }
        var input = try F.cloudGuardKit()
        input.findings.append(Diagnostic(
            .error, "'stops every breach' is a claim without proof", at: SourceLocation(file: "Examples/CloudGuard/messages.yml", line: 12, column: 23),
            rule: "launchkit.Proof", subject: Subject(.message, "attack-paths")))
        let kit = try await F.run(input, options: options, context: try F.context(root: directory.url, failUnderOverride: 90))
        #expect(kit.gate == ReadinessGate(score: 79, threshold: 90, blockingFailures: ["required-items:press-release", "no-errors"]))
        Snapshot.assertMatches(try artifact("README.md", in: kit), named: "cloudguard-not-ready/README.md")
    }

    @Test func aKitWithOnlyATier3ReleaseSaysWhatIsMissingAndWhatDoesNotApply() async throws {
        let kit = try await F.run(
            Kit(release: Release(product: "CloudGuard", version: "2.0.1", date: F.date("2027-01-15"), tier: 3)), options: ReadinessPacketOptions())
        Snapshot.assertMatches(try artifact("README.md", in: kit), named: "minimal/README.md")
        Snapshot.assertMatches(try artifact("checklist.md", in: kit), named: "minimal/checklist.md")
        #expect(kit.gate == ReadinessGate(score: 0, threshold: nil, blockingFailures: ["required-items:release-notes", "required-items:support-readiness"]))
    }

    @Test func markingOneRequiredItemNotDoneFlipsTheGate() async throws {
        let ready = try await F.run(try F.cloudGuardKit(), options: options)
        #expect(ready.gate?.passed == true)
        let directory = try exampleChecklist(replacing: "    due: 2026-11-27\n    status: done", with: "    due: 2026-11-27\n    status: doing")
        defer { directory.remove() }
        let kit = try await F.run(try F.cloudGuardKit(), options: options, context: try F.context(root: directory.url))
        #expect(kit.gate?.passed == false)
        #expect(kit.gate?.blockingFailures == ["required-items:website-update"])
        let readme = try artifact("README.md", in: kit)
        #expect(readme.contains("**Not ready: 1 blocking item.**"))
        #expect(readme.contains("""
            ## What blocks the launch

            - **Product, pricing and launch pages staged behind the release flag**: in progress, owner Tom Becker (Web), due 2026-11-27 (4 days before the release). Required for tier 1 launches.
            """))
    }

    @Test func raisingTheThresholdFlipsTheGateAndTheCommandLineWins() async throws {
        let higher = try await F.run(try F.cloudGuardKit(), options: ReadinessPacketOptions(checklist: InputPath("checklist.yml"), failUnder: 95))
        #expect(higher.gate == ReadinessGate(score: 92, threshold: 95, blockingFailures: []))
        #expect(try artifact("README.md", in: higher).contains("**Not ready: the score of 92 is below the required 95.**"))
        let overridden = try await F.run(
            try F.cloudGuardKit(), options: ReadinessPacketOptions(checklist: InputPath("checklist.yml"), failUnder: 95),
            context: try F.context(failUnderOverride: 85))
        #expect(overridden.gate?.threshold == 85)
        #expect(overridden.gate?.passed == true)
    }

    @Test func otherStagesChecksShowInThePagesAndCanBlock() async throws {
        var input = try F.cloudGuardKit()
        input.checks = [
            ReadinessCheck(id: "legal-approved", title: "Legal approved every claim", passed: false, weight: 5,
                           detail: "2 claims await review", blocking: true, stage: "legal-review"),
            ReadinessCheck(id: "translated", title: "Pages translated into German", passed: false, weight: 3, stage: "localization"),
        ]
        let kit = try await F.run(input, options: options)
        #expect(kit.gate?.blockingFailures == ["legal-approved"])
        let readme = try artifact("README.md", in: kit)
        #expect(readme.contains("- **Legal approved every claim**: 2 claims await review. A blocking check of the legal-review stage.\n"))
        #expect(readme.contains("| Pages translated into German (localization) | 0 of 1 | failed | 3 |\n"))
        #expect(readme.contains("| Legal approved every claim (legal-review) (blocking) | failed | 0 of 5 |\n"))
        #expect(try artifact("checklist.md", in: kit).contains("""
            ## Checks from other stages

            | Check | Stage | Result | Points | Detail |
            | --- | --- | --- | --- | --- |
            | Legal approved every claim (blocking) | legal-review | **Failed** | 5 | 2 claims await review |
            | Pages translated into German | localization | **Failed** | 3 |  |
            """))
    }

    // MARK: Determinism

    @Test func buildingTwiceGivesTheSameBytes() async throws {
        let first = try await F.run(try F.cloudGuardKit(), options: options, context: try F.context(sourceDate: F.date("2026-11-20")))
        let second = try await F.run(try F.cloudGuardKit(), options: options, context: try F.context(sourceDate: F.date("2026-11-20")))
        #expect(first.artifacts == second.artifacts)
        #expect(first.checks == second.checks)
        #expect(try artifact("README.md", in: first).contains("Built by LaunchKit on 2026-11-20."))
        #expect(try artifact("summary.json", in: first).contains("\"generated\": \"2026-11-20\""))
        // Without SOURCE_DATE_EPOCH no generation date is printed: the packet cannot depend on the clock.
        let undated = try await F.run(try F.cloudGuardKit(), options: options)
        #expect(try artifact("README.md", in: undated).contains("Built by LaunchKit. "))
        #expect(try artifact("summary.json", in: undated).contains("\"generated\": null"))
    }

    @Test func summaryHashesTheFilesAsTheyAreWritten() async throws {
        let kit = try await F.run(try F.cloudGuardKit(), options: options)
        let summary = try artifact("summary.json", in: kit)
        for artifact in kit.artifacts where artifact.path != "summary.json" {
            #expect(summary.contains("\"sha256\": \"\(ReadinessSummary.sha256(artifact.contents))\""), "\(artifact.path)")
        }
        #expect(!summary.contains("\"path\": \"summary.json\""))
        #expect(kit.artifacts.suffix(4).map(\.path) == ["checklist.md", "checklist.csv", "README.md", "summary.json"])
    }

    // MARK: The kit after the stage

    @Test func checksAndGateGoIntoTheKitAndARerunReplacesThem() async throws {
        var input = F.goodKit()
        input.checks = [ReadinessCheck(id: "legal-approved", title: "Legal approved", passed: true, stage: "legal-review")]
        let context = try F.context(root: PackagePaths.examples.appending(path: "CloudGuard"))
        let kit = try await F.run(input, options: ReadinessPacketOptions(), context: context)
        #expect(kit.checks.first?.id == "legal-approved")
        #expect(kit.checks.filter { $0.stage == F.stageID }.count == kit.checks.count - 1)
        var again = kit
        again.artifacts.removeAll { $0.stage == F.stageID }
        let rerun = try await F.run(again, options: ReadinessPacketOptions(), context: context)
        #expect(rerun.checks == kit.checks)
        // No checklist: every required item is missing and blocks.
        #expect(kit.gate?.blockingFailures.count == RequiredItem.builtIn.count)
    }

    @Test func aMissingChecklistIsAnInputErrorAtItsPathInTheConfig() async throws {
        let path = InputPath("checklists.yml", location: SourceLocation(file: "Examples/CloudGuard/launchkit.yml", line: 35, column: 18))
        await #expect(throws: DiagnosticError.self) {
            _ = try await F.run(F.goodKit(), options: ReadinessPacketOptions(checklist: path))
        }
        do {
            _ = try await F.run(F.goodKit(), options: ReadinessPacketOptions(checklist: path))
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(DiagnosticFormatter.headline) == [
                "Examples/CloudGuard/launchkit.yml:35:18: error: cannot read 'checklists.yml': no such file [input.missing]",
            ])
            #expect(error.diagnostics.first?.suggestion == "did you mean 'checklist.yml'?")
        }
    }

    // MARK: Templates

    @Test func theDefaultTemplatesAreEmbedded() {
        for name in ["packet-index.mustache", "checklist.mustache", "readiness-checklist-row.mustache"] {
            let file = PackagePaths.templates.appending(path: name)
            #expect(DefaultTemplates.files[name] == (try? String(contentsOf: file, encoding: .utf8)), "\(name)")
        }
    }

    @Test func aUserTemplateOverridesTheIndexAndItsMistakesAreLocated() async throws {
        let directory = try TemporaryDirectory("readiness")
        defer { directory.remove() }
        try directory.write("checklist.yml", "items: []\n")
        let options = ReadinessPacketOptions(checklist: InputPath("checklist.yml"))
        let kit = try await F.run(F.goodKit(), options: options, context: try F.context(
            root: directory.url, templates: ["packet-index.mustache": "# {{releaseTitle}}: {{score}}/100, {{verdict}}\n"]))
        #expect(try artifact("README.md", in: kit) == "# CloudGuard 2.0: 72/100, Not ready: 10 blocking items\n")

        let broken = try F.context(root: directory.url, templates: ["packet-index.mustache": "# {{releaseTitle}}\n\nScore: {{scroe}}\n"])
        do {
            _ = try await F.run(F.goodKit(), options: options, context: broken)
            Issue.record("a template naming a missing value must fail")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.map(DiagnosticFormatter.headline) == [
                "templates/packet-index.mustache:3:10: error: no value for 'scroe' [template.missing-value]",
            ])
            #expect(error.diagnostics.first?.suggestion == "did you mean 'score'?")
        }
    }

    // MARK: Options and description

    func planned(_ with: String) throws -> [String] {
        let directory = try TemporaryDirectory("readiness")
        defer { directory.remove() }
        try directory.write("launchkit.yml", """
            launchkit: 1
            release: { product: CloudGuard, version: "2.0", date: 2026-12-01, tier: 1 }
            pipeline:
              - uses: readiness-packet
                with: \(with)
            """)
        let loaded = try ConfigLoader.load(directory.url.appending(path: "launchkit.yml").path, workingDirectory: directory.url.path)
        do {
            _ = try Pipeline(loaded, registry: try StageRegistry(stages: [ReadinessPacketStage.self]), environment: PipelineEnvironment())
            return []
        } catch {
            return error.diagnostics.map { DiagnosticFormatter.headline($0) + ($0.suggestion.map { " | \($0)" } ?? "") }
        }
    }

    @Test func theConfigsFailUnderReachesTheGateThroughThePipeline() async throws {
        let directory = try TemporaryDirectory("readiness")
        defer { directory.remove() }
        try directory.write("launchkit.yml", """
            launchkit: 1
            release: { product: CloudGuard, version: "2.1", date: 2027-03-01, tier: 3 }
            pipeline:
              - uses: readiness-packet
                with: { checklist: checklist.yml, fail-under: 100 }
            """)
        try directory.write("checklist.yml", """
            items:
              - { id: release-notes, title: Release notes, owner: Docs, due: 2027-02-26, status: done }
              - { id: support-readiness, title: Support briefed, owner: Support, due: 2027-02-27, status: doing }
            """)
        let loaded = try ConfigLoader.load(directory.url.appending(path: "launchkit.yml").path, workingDirectory: directory.url.path)
        let registry = try StageRegistry(stages: [ReadinessPacketStage.self])
        func gate(override: Double?) async throws -> ReadinessGate? {
            let environment = PipelineEnvironment(defaultTemplates: DefaultTemplates.files, failUnderOverride: override)
            return try await Pipeline(loaded, registry: registry, environment: environment).run().gate
        }
        // Only the checklist families apply: 1 of 2 required items (12.5 of 25) and both items on
        // schedule (5 of 5): 17.5 of 30 is 58.3.
        #expect(try await gate(override: nil) == ReadinessGate(score: 58, threshold: 100, blockingFailures: ["required-items:support-readiness"]))
        #expect(try await gate(override: 50)?.threshold == 50)
    }

    @Test func optionsAreCheckedWhereTheyAreWritten() throws {
        #expect(try planned("{ checklist: checklist.yml, fail-under: 80, top-findings: 5 }") == [])
        #expect(try planned("{ fail-under: 120 }") == [
            "launchkit.yml:5:25: error: 'pipeline[0].with.fail-under': expected a number from 0 to 100, found 120 [yaml.schema]",
        ])
        #expect(try planned("{ top-findings: 2.5 }") == [
            "launchkit.yml:5:27: error: expected an integer for 'pipeline[0].with.top-findings', found '2.5' [yaml.schema]",
        ])
        #expect(try planned("{ min-completeness: 80 }") == [
            "launchkit.yml:5:13: error: unknown key 'min-completeness' in 'pipeline[0].with' [yaml.schema] | expected one of: checklist, fail-under, top-findings",
        ])
        #expect(try planned("{ fail-undr: 80 }") == [
            "launchkit.yml:5:13: error: unknown key 'fail-undr' in 'pipeline[0].with' [yaml.schema] | did you mean 'fail-under'?",
        ])
    }

    @Test func theDescriptionsExampleIsTheCloudGuardEntry() throws {
        let description = ReadinessPacketStage.description
        #expect(options == ReadinessPacketOptions(checklist: InputPath("checklist.yml", location: SourceLocation(file: "example", line: 3, column: 16)), failUnder: 70))

        let config = try ConfigLoader.load(PackagePaths.examples.appending(path: "CloudGuard/launchkit.yml").path, workingDirectory: PackagePaths.root.path)
        let cloudGuard = try #require(config.config.pipeline.first { $0.id == ReadinessPacketStage.id })
        let decoded = try NodeDecoder(file: config.displayPath).decode(ReadinessPacketOptions.self, from: try #require(cloudGuard.options))
        #expect(decoded.checklist?.path == options.checklist?.path)
        #expect(decoded.failUnder == options.failUnder)
        #expect(decoded.topFindings == options.topFindings)

        #expect(description.needs == [])
        #expect(description.options.map(\.name) == ["checklist", "fail-under", "top-findings"])
    }

    @Test func theDiscussionDocumentsEveryTierAndCheck() {
        let discussion = ReadinessPacketStage.description.discussion
        for family in CheckFamily.all {
            #expect(discussion.contains("- \(family.id) (\(ReadinessText.points(family.points)) points"), "\(family.id)")
        }
        for item in RequiredItem.builtIn {
            #expect(discussion.contains(item.id), "\(item.id)")
        }
        #expect(discussion.contains("- Tier 1, major launch"))
        #expect(discussion.contains("launchkit.readiness-summary"))
        #expect(discussion.split(separator: "\n").allSatisfy { $0.count <= ReadinessDocumentation.width })
    }
}
