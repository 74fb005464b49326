import Foundation
import LaunchKitCore
import LaunchKitTemplates
import LaunchKitTestSupport
@testable import ReadinessPacket

/// Hand-made kits, as earlier stages would leave them, so the readiness stage is tested on its own.
enum KitFixtures {
    static let stageID = "readiness-packet"
    static let releaseDate = CalendarDate("2026-12-01")!

    static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static func scores(grade: Double) -> ReadabilityScores {
        ReadabilityScores(
            words: 20, sentences: 2, fleschReadingEase: 60, fleschKincaidGrade: grade, gunningFog: grade + 2, smogIndex: grade + 1,
            colemanLiauIndex: grade, automatedReadabilityIndex: grade, daleChall: 8, lix: 40)
    }

    // MARK: A small kit where everything passes

    /// Two buyer personas with messages and one-pagers, one channel with a brief and the tools its
    /// changes need, one competitor with a battlecard, no findings.
    static func goodKit(tier: Int = 1) -> Kit {
        var kit = Kit(release: Release(product: "CloudGuard", version: "2.0", date: releaseDate, tier: tier))
        kit.buyerPersonas = [
            BuyerPersona(id: "ciso", name: "Maya Chen, CISO", readingLevel: 10, completeness: Completeness(score: 90, missing: [])),
            BuyerPersona(id: "architect", name: "Raj Patel, cloud architect", readingLevel: 12, completeness: Completeness(score: 85, missing: [])),
        ]
        kit.channelPersonas = [
            ChannelPersona(id: "field", name: "Enterprise field sales", changesAsked: ["Sell to the CISO"], toolsNeeded: ["CISO pitch deck"],
                           completeness: Completeness(score: 90, missing: [])),
        ]
        kit.competitors = [Competitor(id: "skyward", name: "Skyward Security")]
        kit.messages = [
            Message(id: "one-view", text: "See risk across every cloud in one place.", personas: ["ciso"], scores: scores(grade: 8)),
            Message(id: "attack-paths", text: "Fix the few issues an attacker could chain.", personas: ["architect", "ciso"], scores: scores(grade: 9.5)),
        ]
        kit.artifacts = [
            sheet(SheetKind.onePager, "one-pager-ciso", Subject(.buyerPersona, "ciso")),
            sheet(SheetKind.onePager, "one-pager-architect", Subject(.buyerPersona, "architect")),
            sheet(SheetKind.channelBrief, "channel-brief-field", Subject(.channelPersona, "field")),
            sheet(SheetKind.battlecard, "battlecard-skyward", Subject(.competitor, "skyward")),
        ]
        return kit
    }

    static func sheet(_ kind: String, _ name: String, _ subject: Subject?, title: String? = nil) -> Artifact {
        Artifact(path: "sheets/\(name).md", contents: "# \(title ?? name)\n", kind: kind, title: title ?? name, subject: subject, stage: "enablement-sheets")
    }

    /// Every built-in item the tier requires, done a week before the release.
    static func doneChecklist(tier: Int = 1) -> Checklist {
        Checklist(items: RequiredItem.builtIn.filter { $0.isRequired(atTier: tier) }.map { item in
            ChecklistItem(id: item.id, title: item.title, owner: "Launch team", due: date("2026-11-24"), status: .done)
        })
    }

    static func evaluate(_ kit: Kit, checklist: Checklist?, threshold: Double? = nil) -> ReadinessAssessment {
        ReadinessEvaluator(kit: kit, checklist: checklist, tier: LaunchTier.numbered(kit.release.tier)!, stageID: stageID)
            .assess(threshold: threshold)
    }

    // MARK: The CloudGuard example

    /// The CloudGuard example's release, read from its real config.
    static func cloudGuardRelease() throws -> Release {
        try ConfigLoader.load(PackagePaths.examples.appending(path: "CloudGuard/launchkit.yml").path, workingDirectory: PackagePaths.root.path).config.release
    }

    /// What persona-import, message-simplification and enablement-sheets leave in the kit for the
    /// CloudGuard example. The personas are those persona-import reads from the example's
    /// `personas/` (ids, names, reading levels, completeness as it scores them); the messages,
    /// competitors, findings and sheets stand in for stages not written yet, with realistic gaps:
    /// no one-pager for the CFO, a DevOps message above its persona's reading level.
    static func cloudGuardKit() throws -> Kit {
        var kit = Kit(release: try cloudGuardRelease())
        let complete = Completeness(score: 100, missing: [])
        kit.buyerPersonas = [
            BuyerPersona(id: "ciso", name: "CISO", roleInPurchase: .decisionMaker, readingLevel: 10, completeness: complete),
            BuyerPersona(id: "cloud-architect", name: "Cloud security architect", roleInPurchase: .influencer, readingLevel: 12, completeness: complete),
            BuyerPersona(id: "devops-lead", name: "DevOps lead", roleInPurchase: .blocker, readingLevel: 11, completeness: complete),
            BuyerPersona(id: "cfo", name: "CFO", roleInPurchase: .economicBuyer, readingLevel: 9,
                         completeness: Completeness(score: 67, missing: ["perceived_barriers", "buyers_journey", "information_sources"])),
        ]
        kit.channelPersonas = [
            ChannelPersona(id: "field-sales", name: "Enterprise field sales", channel: "Direct field sales",
                           changesAsked: ["Sell to the CFO as well as the CISO", "Lead with attack paths instead of compliance checklists",
                                          "Quote per-workload pricing to land smaller first deals"],
                           toolsNeeded: ["Attack-path demo on a live sample account", "Pricing calculator for per-workload deals",
                                         "CFO one-pager and payback model"], completeness: complete),
            ChannelPersona(id: "resellers", name: "Value-added resellers", channel: "Reseller (VAR)",
                           changesAsked: ["Position CloudGuard 2.0 as a platform, not a scanner", "Register deals before the first demo",
                                          "Sell the new Starter tier to mid-market accounts"],
                           toolsNeeded: ["Partner portal demo environment", "Two-hour technical certification", "Co-branded campaign kit"],
                           completeness: complete),
            ChannelPersona(id: "msp", name: "Managed service providers", channel: "MSP",
                           changesAsked: ["Move customers from the 1.x per-account licence to per-workload billing",
                                          "Offer attack-path reviews as a paid monthly service"],
                           toolsNeeded: ["Multi-tenant console walkthrough", "Per-workload billing export for their PSA tool"],
                           completeness: Completeness(score: 90, missing: ["objections"])),
        ]
        kit.competitors = [
            Competitor(id: "skyward", name: "Skyward Security"),
            Competitor(id: "nimbus-shield", name: "Nimbus Shield"),
            Competitor(id: "cloud-native-tools", name: "Your cloud provider's free tools"),
        ]
        kit.messages = [
            Message(id: "one-view", text: "See risk across AWS, Azure and Google Cloud in one place.", personas: ["ciso", "cloud-architect"], scores: scores(grade: 7.9)),
            Message(id: "attack-paths", text: "Fix the few issues an attacker could chain together first.", personas: ["ciso", "cloud-architect"], scores: scores(grade: 9.6)),
            Message(id: "board-report", text: "Show the board how cloud risk went down this quarter.", personas: ["ciso"], scores: scores(grade: 8.4)),
            Message(id: "fix-guidance", text: "Every finding opens a Jira or ServiceNow ticket with the exact change to make.", personas: ["devops-lead"], scores: scores(grade: 11.6)),
            Message(id: "no-agents", text: "Connect an account in minutes: nothing to install on your workloads.", personas: ["devops-lead", "cloud-architect"], scores: scores(grade: 8.1)),
            Message(id: "per-workload", text: "Pay for the workloads you protect, and start small.", personas: ["cfo"], scores: scores(grade: 6.3)),
            Message(id: "msp-service", text: "Run attack-path reviews for every customer from one console.", channel: "msp", scores: scores(grade: 9)),
            Message(id: "reseller-starter", text: "Land mid-market accounts with the new Starter tier.", channel: "resellers", scores: scores(grade: 8.8)),
        ]
        kit.findings = [
            Diagnostic(.warning, "buyer persona 'cfo' is 67% complete (minimum 80%); missing 'perceived_barriers', 'buyers_journey', 'information_sources'",
                       at: SourceLocation(file: "Examples/CloudGuard/personas/buyers.yml", line: 112, column: 3), rule: "personas.incomplete",
                       subject: Subject(.buyerPersona, "cfo")),
            Diagnostic(.warning, "grade 11.6 is above the reading level 11 of 'devops-lead'", at: SourceLocation(file: "Examples/CloudGuard/messages.yml", line: 31, column: 11),
                       rule: "launchkit.ReadingLevel", subject: Subject(.message, "fix-guidance")),
            Diagnostic(.warning, "'ServiceNow' is not in the glossary", at: SourceLocation(file: "Examples/CloudGuard/messages.yml", line: 31, column: 49),
                       rule: "launchkit.Jargon", subject: Subject(.message, "fix-guidance")),
            Diagnostic(.suggestion, "'exact' can usually go", at: SourceLocation(file: "Examples/CloudGuard/messages.yml", line: 31, column: 67),
                       rule: "launchkit.Filler", subject: Subject(.message, "fix-guidance")),
        ]
        kit.artifacts = [
            Artifact(path: "personas.md", contents: "# Personas\n", kind: "personas", title: "Who buys and who sells", stage: "persona-import"),
            Artifact(path: "personas.csv", contents: "kind,id,name\r\n", kind: "personas", title: "Personas (CSV)", stage: "persona-import"),
            Artifact(path: "messages.md", contents: "# Messages\n", kind: "messages", title: "Launch messages with readability scores", stage: "message-simplification"),
            Artifact(path: "messages.csv", contents: "id,text\r\n", kind: "messages.csv", title: "Messages as a spreadsheet", stage: "message-simplification"),
            Artifact(path: "findings.csv", contents: "file,line\r\n", kind: "findings", title: "Every finding, for triage", stage: "message-simplification"),
            sheet(SheetKind.cheatSheet, "cheat-sheet", Subject(.release, "CloudGuard-2.0"), title: "Cheat sheet"),
            sheet(SheetKind.onePager, "one-pager-ciso", Subject(.buyerPersona, "ciso"), title: "One-pager: CISO"),
            sheet(SheetKind.onePager, "one-pager-cloud-architect", Subject(.buyerPersona, "cloud-architect"), title: "One-pager: Cloud security architect"),
            sheet(SheetKind.onePager, "one-pager-devops-lead", Subject(.buyerPersona, "devops-lead"), title: "One-pager: DevOps lead"),
            sheet(SheetKind.channelBrief, "channel-brief-field-sales", Subject(.channelPersona, "field-sales"), title: "Channel brief: Enterprise field sales"),
            sheet(SheetKind.channelBrief, "channel-brief-resellers", Subject(.channelPersona, "resellers"), title: "Channel brief: Value-added resellers"),
            sheet(SheetKind.channelBrief, "channel-brief-msp", Subject(.channelPersona, "msp"), title: "Channel brief: Managed service providers"),
            sheet(SheetKind.battlecard, "battlecard-skyward", Subject(.competitor, "skyward"), title: "Battlecard: Skyward Security"),
            sheet(SheetKind.battlecard, "battlecard-nimbus-shield", Subject(.competitor, "nimbus-shield"), title: "Battlecard: Nimbus Shield"),
            sheet(SheetKind.battlecard, "battlecard-cloud-native-tools", Subject(.competitor, "cloud-native-tools"), title: "Battlecard: Your cloud provider's free tools"),
        ]
        return kit
    }

    // MARK: Running the stage

    /// A context over a kit directory, reading files the way the pipeline does.
    ///
    /// - Parameter templates: user templates laid over the built-in ones, file name to text.
    static func context(
        root: URL = PackagePaths.examples.appending(path: "CloudGuard"), sourceDate: CalendarDate? = nil, failUnderOverride: Double? = nil,
        templates: [String: String] = [:]
    ) throws -> StageContext {
        let environment = PipelineEnvironment(
            defaultTemplates: DefaultTemplates.files, sourceDate: sourceDate, failUnderOverride: failUnderOverride)
        return StageContext(
            stageID: stageID, inputs: InputReader(root: root, workingDirectory: PackagePaths.root.path), environment: environment,
            configFile: "Examples/CloudGuard/launchkit.yml", entryLocation: SourceLocation(file: "Examples/CloudGuard/launchkit.yml", line: 33, column: 5),
            templates: try TemplateLibrary(defaults: DefaultTemplates.files, overrideFiles: templates, overridesPath: "templates"))
    }

    static func run(_ kit: Kit, options: ReadinessPacketOptions, context: StageContext? = nil) async throws -> Kit {
        var kit = kit
        let context = try context ?? self.context()
        try await ReadinessPacketStage(options: options).run(&kit, in: context)
        return kit
    }
}
