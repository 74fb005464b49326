import Foundation
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCore

/// Stages that exist only to exercise the pipeline's contract.
struct AddsPersonas: Stage {
    struct Options: Decodable, Sendable {
        var count: Int
        var label: String?
    }

    static let description = StageDescription(
        id: "adds-personas", summary: "adds personas", adds: [.buyerPersonas],
        options: [StageOption("count", type: "integer", "how many")], example: "- uses: adds-personas\n  with: { count: 1 }")
    let options: Options
    init(options: Options) { self.options = options }

    func run(_ kit: inout Kit, in context: StageContext) async throws {
        for index in 0..<options.count {
            kit.buyerPersonas.append(BuyerPersona(id: "p\(index)", name: options.label ?? "Persona \(index)"))
        }
        try kit.addArtifact(Artifact(path: "personas.md", contents: "\(options.count)", kind: "personas", title: "Personas", stage: context.stageID))
    }
}

struct NeedsPersonas: Stage {
    static let description = StageDescription(id: "needs-personas", summary: "reads personas", needs: [.buyerPersonas], example: "- uses: needs-personas")
    init(options: NoOptions) {}

    func run(_ kit: inout Kit, in context: StageContext) async throws {
        kit.checks.append(ReadinessCheck(id: "seen", title: "saw \(kit.buyerPersonas.count)", passed: true, stage: context.stageID))
    }
}

/// Reports the name it is given for a file it reads, as every stage names files in findings.
struct ReadsAFile: Stage {
    struct Options: Decodable, Sendable { var file: InputPath }
    static let description = StageDescription(id: "reads-a-file", summary: "reads a file", example: "- uses: reads-a-file")
    let options: Options
    init(options: Options) { self.options = options }

    func run(_ kit: inout Kit, in context: StageContext) async throws {
        let file = try context.inputs.read(options.file)
        kit.findings.append(Diagnostic(.warning, "read", at: SourceLocation(file: file.displayPath, line: 1)))
    }
}

struct Fails: Stage {
    struct Broken: Error {}
    static let description = StageDescription(id: "fails", summary: "always fails", example: "- uses: fails")
    init(options: NoOptions) {}
    func run(_ kit: inout Kit, in context: StageContext) async throws { throw Broken() }
}

@Suite struct PipelineTests {
    let registry = try! StageRegistry(stages: [AddsPersonas.self, NeedsPersonas.self, Fails.self, ReadsAFile.self])

    func loaded(_ yaml: String) throws -> (LoadedConfig, TemporaryDirectory) {
        let temp = try TemporaryDirectory()
        try temp.write("launchkit.yml", yaml)
        let config = try ConfigLoader.load(temp.url.appending(path: "launchkit.yml").path, workingDirectory: temp.url.path)
        return (config, temp)
    }

    static let release = "launchkit: 1\nrelease: { product: CloudGuard, version: \"2.0\", date: 2026-12-01, tier: 1 }\n"

    func diagnostics(_ yaml: String) throws -> [String] {
        let (config, temp) = try loaded(yaml)
        defer { temp.remove() }
        do {
            _ = try Pipeline(config, registry: registry, environment: PipelineEnvironment())
            return []
        } catch {
            return error.diagnostics.map(DiagnosticFormatter.headline)
        }
    }

    @Test func runsStagesInOrderOverOneKit() async throws {
        let (config, temp) = try loaded(Self.release + "pipeline:\n  - uses: adds-personas\n    with: { count: 2 }\n  - uses: needs-personas\n")
        defer { temp.remove() }
        let pipeline = try Pipeline(config, registry: registry, environment: PipelineEnvironment())
        let kit = try await pipeline.run()
        #expect(kit.buyerPersonas.map(\.id) == ["p0", "p1"])
        #expect(kit.checks.map(\.title) == ["saw 2"])
        #expect(kit.release.title == "CloudGuard 2.0")
    }

    @Test func reportsEveryProblemBeforeRunning() throws {
        let problems = try diagnostics(Self.release + """
            pipeline:
              - uses: needs-personas
              - uses: adds-persona
              - uses: adds-personas
                with: { count: ten, lable: x }
            """)
        #expect(problems == [
            "launchkit.yml:4:11: error: stage 'needs-personas' needs buyer-personas, which no earlier stage adds [config.unmet-need]",
            "launchkit.yml:5:11: error: unknown stage 'adds-persona' [config.unknown-stage]",
            "launchkit.yml:7:20: error: expected an integer for 'pipeline[2].with.count', found 'ten' [yaml.schema]",
        ])
    }

    @Test func suggestsMovingAStageThatComesTooEarly() throws {
        let (config, temp) = try loaded(Self.release + "pipeline:\n  - uses: needs-personas\n  - uses: adds-personas\n    with: { count: 1 }\n")
        defer { temp.remove() }
        #expect {
            try Pipeline(config, registry: registry, environment: PipelineEnvironment())
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.suggestion == "move 'needs-personas' after 'adds-personas'"
        }
    }

    @Test func unknownStageGetsTheNearestId() throws {
        let (config, temp) = try loaded(Self.release + "pipeline:\n  - uses: need-personas\n")
        defer { temp.remove() }
        #expect {
            try Pipeline(config, registry: registry, environment: PipelineEnvironment())
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.suggestion == "did you mean 'needs-personas'?"
        }
    }

    @Test func aThrowingStageIsAStageFailureNamingIt() async throws {
        let (config, temp) = try loaded(Self.release + "pipeline:\n  - uses: fails\n")
        defer { temp.remove() }
        let pipeline = try Pipeline(config, registry: registry, environment: PipelineEnvironment())
        await #expect {
            _ = try await pipeline.run()
        } throws: { error in
            (error as? StageFailure)?.stageID == "fails" && (error as? StageFailure)?.location?.line == 4
        }
    }

    @Test func progressSaysWhatEachStageAdded() async throws {
        let (config, temp) = try loaded(Self.release + "pipeline:\n  - uses: adds-personas\n    with: { count: 3 }\n")
        defer { temp.remove() }
        let pipeline = try Pipeline(config, registry: registry, environment: PipelineEnvironment())
        let events = Events()
        _ = try await pipeline.run { events.append($0) }
        #expect(events.summaries == ["3 personas, 1 file"])
    }

    /// A packet must not depend on where launchkit was started: files are named relative to the kit.
    @Test func filesAreNamedRelativeToTheKitWhereverItRuns() async throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("kits/cloudguard/launchkit.yml", Self.release + "pipeline:\n  - uses: reads-a-file\n    with: { file: data/notes.txt }\n")
        try temp.write("kits/cloudguard/data/notes.txt", "hello")
        let config = try ConfigLoader.load("kits/cloudguard", workingDirectory: temp.url.path)
        #expect(config.displayPath == "launchkit.yml")
        let kit = try await Pipeline(config, registry: registry, environment: PipelineEnvironment()).run()
        #expect(kit.findings.map(\.location?.file) == ["data/notes.txt"])
    }

    @Test func registryRefusesDuplicateIds() {
        #expect(throws: DiagnosticError.self) { try StageRegistry(stages: [Fails.self, Fails.self]) }
    }
}

final class Events: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PipelineEvent] = []

    func append(_ event: PipelineEvent) { lock.withLock { events.append(event) } }

    var summaries: [String] {
        lock.withLock {
            events.compactMap {
                if case .stageFinished(_, _, _, _, let summary) = $0 { summary } else { nil }
            }
        }
    }
}
