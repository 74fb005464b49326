import Foundation
import LaunchKitYAML

/// A `run:` entry of the pipeline: an executable in any language that speaks the external stage
/// protocol (see ``ExternalStageProtocol`` and `docs/external-stages.md`).
///
/// It receives the kit so far as JSON on stdin and answers JSON on stdout; its findings, files and
/// checks are added to the kit like a built-in stage's. Anything that goes wrong while it runs (a
/// non-zero exit, a timeout, malformed or oversized output, a file path outside the packet) is a
/// ``StageFailure`` naming the stage: the build exits 3 and writes nothing.
struct ExternalStage: Sendable {
    let command: PipelineEntry.ExternalCommand
    let executable: ExternalExecutable
    let options: JSONValue
    let kitDirectory: URL
    /// The config file relative to the kit directory, as the stage is told.
    let configName: String
    let location: SourceLocation?

    /// Checks an entry and prepares it to run.
    ///
    /// - Throws: ``DiagnosticError`` when the id hides a registered stage, `with:` is not a
    ///   mapping, or the command cannot be found or is not executable.
    static func plan(
        _ command: PipelineEntry.ExternalCommand, entry: PipelineEntry, index: Int, loaded: LoadedConfig, registry: StageRegistry,
        environment: PipelineEnvironment
    ) throws(DiagnosticError) -> PlannedStage {
        var problems: [Diagnostic] = []
        if registry.entry(forID: command.id) != nil {
            problems.append(.error(
                "the external stage id '\(command.id)' is already a registered stage", at: entry.idLocation, rule: "config.external-id",
                suggestion: "give the 'run:' entry another id, such as '\(command.id)-script'"))
        }
        var options = JSONValue.object([:])
        if let node = entry.options {
            if node.mapping == nil, !(node.scalar?.isNull ?? false) {
                problems.append(.error(
                    "expected a mapping for 'pipeline[\(index)].with', found \(node.kindDescription)",
                    at: SourceLocation(file: loaded.displayPath, mark: node.mark), rule: "yaml.schema"))
            } else if node.mapping != nil {
                do {
                    options = try JSONValue(node, file: loaded.displayPath)
                } catch {
                    problems.append(contentsOf: error.diagnostics)
                }
            }
        }
        var executable: ExternalExecutable?
        do {
            executable = try ExternalExecutable.resolve(command.run, kitDirectory: loaded.directory, environment: environment.externalStages.environment)
        } catch {
            problems.append(contentsOf: error.diagnostics)
        }
        guard problems.isEmpty, let executable else { throw DiagnosticError(problems) }

        let stage = ExternalStage(
            command: command, executable: executable, options: options, kitDirectory: loaded.directory.standardizedFileURL,
            configName: loaded.displayPath, location: entry.location)
        return PlannedStage(id: command.id, origin: .external(command.run.path), location: entry.location) { kit, context in
            try await stage.run(&kit, in: context)
        }
    }

    /// Runs the executable over the kit and adds its answer.
    ///
    /// Under `launchkit validate` (``ExternalStageSettings/runs`` false) it does nothing: the
    /// command was already checked when the pipeline was planned.
    func run(_ kit: inout Kit, in context: StageContext) async throws {
        let settings = context.environment.externalStages
        guard settings.runs else { return }
        let input = ExternalStageInput(
            stageID: command.id, options: options,
            context: .init(kitDirectory: kitDirectory.path, config: configName, sourceDate: context.environment.sourceDate),
            kit: kit)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = [UInt8](try encoder.encode(input))

        let process = ExternalProcess(
            executable: executable.path, arguments: command.arguments, environment: processEnvironment(settings, context: context),
            workingDirectory: kitDirectory.path, timeout: command.timeout?.duration ?? settings.defaultTimeout,
            maxOutputBytes: settings.maxOutputBytes)
        let outcome: ExternalProcess.Outcome
        do {
            outcome = try await process.run(input: bytes, log: { context.log($0) })
        } catch {
            throw failure(describing: error, settings: settings)
        }
        switch outcome.termination {
        case .exited(0):
            break
        case .exited(let code):
            throw failure("'\(command.run.path)' exited with status \(code)" + Self.quoting(outcome.stderrTail))
        case .signaled(let signal):
            throw failure("'\(command.run.path)' was killed by signal \(signal)\(Self.signalName(signal).map { " (\($0))" } ?? "")" + Self.quoting(outcome.stderrTail))
        }
        let answer: ExternalStageOutput
        do {
            answer = try ExternalStageOutput.decode(outcome.stdout)
        } catch {
            throw failure(error.message + (error.hint.map { "; \($0)" } ?? ""))
        }
        try apply(answer, to: &kit, context: context)
    }

    /// Adds an answer to the kit, checking every file path first so a refused path leaves no trace.
    func apply(_ answer: ExternalStageOutput, to kit: inout Kit, context: StageContext) throws(StageFailure) {
        for artifact in answer.artifacts {
            if let problem = PacketPath.problem(with: artifact.path) {
                throw failure("its answer adds the file '\(artifact.path)', which is refused: \(problem)")
            }
        }
        for line in answer.log {
            context.log(line)
        }
        let reader = context.inputs
        for finding in answer.findings {
            let location = finding.location.map { location in
                let url = location.file.hasPrefix("/") ? URL(fileURLWithPath: location.file) : kitDirectory.appending(path: location.file)
                return SourceLocation(file: reader.displayPath(for: url), line: location.line, column: location.line == nil ? nil : location.column)
            }
            kit.findings.append(Diagnostic(
                finding.severity, finding.message, at: location, rule: finding.rule ?? command.id, suggestion: finding.suggestion,
                subject: finding.subject))
        }
        for artifact in answer.artifacts {
            do {
                try kit.addArtifact(Artifact(
                    path: artifact.path, contents: artifact.content, kind: artifact.kind ?? command.id, title: artifact.title ?? artifact.path,
                    subject: artifact.subject, stage: command.id))
            } catch {
                throw failure(error.diagnostics.map(\.message).joined(separator: "; "))
            }
        }
        for check in answer.checks {
            kit.checks.append(ReadinessCheck(
                id: check.id, title: check.title, passed: check.passed, weight: check.weight ?? 1, detail: check.detail,
                blocking: check.blocking ?? false, subject: check.subject, stage: command.id))
        }
    }

    /// The parent's environment, then the entry's `env:`, then the protocol's own variables
    /// (which a config cannot override).
    func processEnvironment(_ settings: ExternalStageSettings, context: StageContext) -> [String: String] {
        var variables = settings.environment
        variables.merge(command.environment) { _, new in new }
        variables["LAUNCHKIT_PROTOCOL"] = String(ExternalStageProtocol.version)
        variables["LAUNCHKIT_STAGE_ID"] = command.id
        variables["LAUNCHKIT_KIT_DIR"] = kitDirectory.path
        variables["LAUNCHKIT_CONFIG"] = kitDirectory.appending(path: configName).path
        return variables
    }

    private func failure(_ message: String) -> StageFailure {
        StageFailure(stageID: command.id, message: message, location: location)
    }

    private func failure(describing error: ExternalProcess.Failure, settings: ExternalStageSettings) -> StageFailure {
        switch error {
        case .launch(let reason):
            return failure("'\(command.run.path)' could not be started: \(reason)")
        case .timedOut:
            let limit = command.timeout?.written ?? "\(Self.written(settings.defaultTimeout)) (the default)"
            return failure("'\(command.run.path)' did not finish within \(limit); it and the processes it started were killed")
        case .outputTooLarge:
            return failure("'\(command.run.path)' wrote more than \(settings.maxOutputBytes >> 20) MiB on stdout; it was stopped")
        }
    }

    /// A duration as a config would write it: `300ms`, `45s`, `2m`.
    static func written(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds % 1000 != 0 { return "\(milliseconds)ms" }
        let seconds = milliseconds / 1000
        return seconds % 60 == 0 && seconds > 0 ? "\(seconds / 60)m" : "\(seconds)s"
    }

    /// `; its stderr ended with: 'KeyError: personas'`.
    private static func quoting(_ tail: [String]) -> String {
        guard let last = tail.last else { return "" }
        let line = last.count > 200 ? String(last.prefix(197)) + "..." : last
        return "; its stderr ended with '\(line.trimmingCharacters(in: .whitespaces))'"
    }

    private static func signalName(_ signal: Int32) -> String? {
        switch signal {
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGSEGV: "SIGSEGV"
        case SIGABRT: "SIGABRT"
        case SIGINT: "SIGINT"
        case SIGPIPE: "SIGPIPE"
        case SIGBUS: "SIGBUS"
        default: nil
        }
    }
}
