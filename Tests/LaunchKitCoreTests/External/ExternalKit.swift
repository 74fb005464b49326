import Foundation
import LaunchKitTestSupport
@testable import LaunchKitCore

/// A temporary kit with a config and scripts, planned and run the way `launchkit build` does.
struct ExternalKit {
    let directory: TemporaryDirectory
    var settings: ExternalStageSettings

    static let release = "launchkit: 1\nrelease: { product: CloudGuard, version: \"2.0\", date: 2026-12-01, tier: 1 }\n"

    init(settings: ExternalStageSettings = ExternalStageSettings()) throws {
        directory = try TemporaryDirectory("launchkit-external")
        self.settings = settings
    }

    var path: String { directory.url.standardizedFileURL.path }

    /// Writes an executable file.
    @discardableResult
    func script(_ name: String, _ text: String) throws -> URL {
        let url = try directory.write(name, text)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    /// A shell script answering `json` on stdout.
    func answering(_ name: String, _ json: String) throws {
        try script(name, "#!/bin/sh\ncat > /dev/null\ncat <<'ANSWER'\n\(json)\nANSWER\n")
    }

    func pipeline(_ pipelineYAML: String, registry: StageRegistry = ExternalKit.registry) throws -> Pipeline {
        try directory.write("launchkit.yml", Self.release + "pipeline:\n" + pipelineYAML)
        let loaded = try ConfigLoader.load(path + "/launchkit.yml", workingDirectory: path)
        return try Pipeline(loaded, registry: registry, environment: PipelineEnvironment(externalStages: settings))
    }

    /// Plans and runs; returns the kit and every line the stages logged.
    func run(_ pipelineYAML: String) async throws -> (Kit, [String]) {
        let pipeline = try pipeline(pipelineYAML)
        let lines = LoggedLines()
        let kit = try await pipeline.run { event in
            if case .stageLog(let id, let line) = event { lines.append("\(id): \(line)") }
        }
        return (kit, lines.all)
    }

    /// The failure of a run that must fail.
    func failure(_ pipelineYAML: String) async throws -> StageFailure? {
        do {
            _ = try await run(pipelineYAML)
            return nil
        } catch let failure as StageFailure {
            return failure
        }
    }

    /// The planning errors of a config, as headlines.
    func planningProblems(_ pipelineYAML: String) throws -> [String] {
        do {
            _ = try pipeline(pipelineYAML)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map { DiagnosticFormatter.headline($0) + ($0.suggestion.map { " | \($0)" } ?? "") }
        }
    }

    static let registry = try! StageRegistry(stages: [AddsPersonas.self, AddsMessages.self], origin: .builtIn)

    /// The fixture executable built by this package (Tests/ExternalStageFixture).
    static var fixture: String {
        let candidates = [
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for directory in candidates {
            let path = directory.appending(path: "ExternalStageFixture").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "ExternalStageFixture-not-built"
    }

    static let hasPython3: Bool = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/python3")
    }

    func remove() { directory.remove() }
}

/// Adds `count` messages of about 300 bytes, to make the kit sent to a stage large.
struct AddsMessages: Stage {
    struct Options: Decodable, Sendable {
        var count: Int
    }

    static let description = StageDescription(
        id: "adds-messages", summary: "adds messages", adds: [.messages], example: "- uses: adds-messages\n  with: { count: 1 }")
    let options: Options
    init(options: Options) { self.options = options }

    func run(_ kit: inout Kit, in context: StageContext) async throws {
        for index in 0..<options.count {
            kit.messages.append(Message(
                id: "m\(index)", feature: "attack paths",
                text: "CloudGuard ranks the few issues an attacker could chain together, so your team fixes what matters first (\(index)).",
                benefit: "Fewer hours spent on alerts that do not matter.", proof: "Design partners closed 40% more critical issues.",
                personas: ["ciso", "cloud-architect"]))
        }
    }
}

final class LoggedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
