import Foundation
import LaunchKitYAML

/// The stages of one config, checked as a whole before any of them runs.
///
/// Planning resolves every stage id, decodes every stage's options and checks that each stage's
/// needs are added by an earlier stage, collecting all problems so a person sees them together.
/// Running passes one ``Kit`` through the stages in order; nothing is written here.
public struct Pipeline: Sendable {
    public let loaded: LoadedConfig
    public let stages: [PlannedStage]
    public let environment: PipelineEnvironment
    /// The built-in templates with the kit's `templates:` folder laid over them.
    public let templates: TemplateLibrary
    /// The formats the packet will hold: `--format`, else the config's `output.formats`.
    public var formats: Set<PacketFormat> { Set(environment.formatsOverride ?? loaded.config.output.formats) }

    /// Plans a pipeline.
    ///
    /// - Throws: ``DiagnosticError`` with every unknown stage id, option error and unmet need.
    public init(_ loaded: LoadedConfig, registry: StageRegistry, environment: PipelineEnvironment) throws(DiagnosticError) {
        self.loaded = loaded
        self.environment = environment
        var problems: [Diagnostic] = []
        var planned: [PlannedStage] = []
        var available: Set<KitCapability> = []
        let entries = loaded.config.pipeline
        if entries.isEmpty {
            problems.append(.error("the pipeline has no stages", at: SourceLocation(file: loaded.displayPath, line: 1, column: 1),
                                   rule: "config.empty-pipeline", suggestion: "add '- uses: \(registry.ids.first ?? "<stage>")' under 'pipeline:'"))
        }
        for (index, entry) in entries.enumerated() {
            switch entry.kind {
            case .stage(let id):
                guard let registered = registry.entry(forID: id) else {
                    let suggestion = registry.suggestion(forID: id).map { "did you mean '\($0)'?" }
                        ?? "known stages: \(registry.ids.joined(separator: ", ")); run 'launchkit stages' for details"
                    problems.append(.error("unknown stage '\(id)'", at: entry.idLocation, rule: "config.unknown-stage", suggestion: suggestion))
                    continue
                }
                let description = registered.description
                for need in description.needs where !available.contains(need) {
                    problems.append(Self.unmetNeed(need, of: id, at: entry.idLocation, laterStages: entries[(index + 1)...], registry: registry))
                }
                available.formUnion(description.adds)
                do {
                    planned.append(try PlannedStage.make(registered.type, origin: registered.origin, options: entry.options, entry: entry, index: index, configFile: loaded.displayPath))
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            case .external(let command):
                do {
                    planned.append(try ExternalStage.plan(command, entry: entry, index: index, loaded: loaded, registry: registry, environment: environment))
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            }
        }
        let library = Result { () throws(DiagnosticError) in try Self.templateLibrary(for: loaded, environment: environment) }
        if case .failure(let error) = library {
            problems.append(contentsOf: error.diagnostics)
        }
        if !problems.isEmpty { throw DiagnosticError(problems.sorted()) }
        templates = try library.get()
        stages = planned
    }

    /// Loads templates once per build, so a user template's syntax error is reported before any
    /// stage runs, as part of the config's problems.
    private static func templateLibrary(for loaded: LoadedConfig, environment: PipelineEnvironment) throws(DiagnosticError) -> TemplateLibrary {
        var overrides: URL?
        if let folder = loaded.config.templates {
            let reader = InputReader(root: loaded.directory, limits: environment.limits, workingDirectory: loaded.directory.path)
            let url = try reader.resolve(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw DiagnosticError(.error("template folder '\(folder.path)' does not exist", at: folder.location, rule: "template.io",
                                             suggestion: "run 'launchkit init --templates \(folder.path)' to copy the defaults there"))
            }
            // A relative URL, so template errors name files the way the user sees them.
            overrides = URL(fileURLWithPath: reader.displayPath(for: url), relativeTo: loaded.directory)
        }
        do {
            return try TemplateLibrary(defaults: environment.defaultTemplates, overrides: overrides)
        } catch {
            throw DiagnosticError(Diagnostic(error))
        }
    }

    private static func unmetNeed(
        _ need: KitCapability, of id: String, at location: SourceLocation?, laterStages: ArraySlice<PipelineEntry>, registry: StageRegistry
    ) -> Diagnostic {
        let providers = registry.stages(adding: need)
        let later = laterStages.first { providers.contains($0.id) }
        let suggestion: String
        if let later {
            suggestion = "move '\(id)' after '\(later.id)'"
        } else if let provider = providers.first {
            suggestion = "add '- uses: \(provider)' before '\(id)'"
        } else {
            suggestion = "add a stage that provides \(need)"
        }
        return .error("stage '\(id)' needs \(need), which no earlier stage adds", at: location, rule: "config.unmet-need", suggestion: suggestion)
    }

    /// Runs every stage in order over a kit seeded with the release.
    ///
    /// - Parameter observer: told when each stage starts and finishes, and of each line a stage logs.
    /// - Returns: the finished kit.
    /// - Throws: ``DiagnosticError`` for invalid input (exit 2), ``StageFailure`` for anything else.
    public func run(observer: @escaping @Sendable (PipelineEvent) -> Void = { _ in }) async throws -> Kit {
        var kit = Kit(release: loaded.config.release)
        // Files are named relative to the kit, so the packet is the same wherever launchkit runs.
        let inputs = InputReader(root: loaded.directory, limits: environment.limits, workingDirectory: loaded.directory.path)
        let clock = ContinuousClock()
        for (index, stage) in stages.enumerated() {
            observer(.stageStarted(id: stage.id, index: index, count: stages.count))
            let id = stage.id
            let context = StageContext(
                stageID: stage.id, inputs: inputs, environment: environment, configFile: loaded.displayPath,
                entryLocation: stage.location, templates: templates, formats: formats,
                log: { observer(.stageLog(id: id, line: $0)) })
            let before = KitCounts(kit)
            let start = clock.now
            var working = kit
            do {
                try await stage.body(&working, context)
            } catch let error as DiagnosticError {
                throw error
            } catch let error as StageFailure {
                throw error
            } catch {
                throw StageFailure(stageID: stage.id, message: "\(error)", location: stage.location)
            }
            kit = working
            let summary = KitCounts(kit).summary(since: before)
            observer(.stageFinished(id: stage.id, index: index, count: stages.count, duration: clock.now - start, summary: summary))
        }
        return kit
    }
}

/// Sizes of a kit's collections, to say in one line what a stage added.
struct KitCounts {
    var personas: Int
    var messages: Int
    var findings: Int
    var files: Int
    var checks: Int

    init(_ kit: Kit) {
        personas = kit.buyerPersonas.count + kit.channelPersonas.count
        messages = kit.messages.count
        findings = kit.findings.count
        files = kit.artifacts.count
        checks = kit.checks.count
    }

    func summary(since before: KitCounts) -> String {
        let parts = [
            (personas - before.personas, "persona", "personas"),
            (messages - before.messages, "message", "messages"),
            (findings - before.findings, "finding", "findings"),
            (checks - before.checks, "check", "checks"),
            (files - before.files, "file", "files"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        return parts.isEmpty ? "nothing added" : parts.joined(separator: ", ")
    }
}
