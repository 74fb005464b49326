import Foundation
import LaunchKitCore
import LaunchKitTemplates

/// One kit taken from config to packet: load, plan, run, write. It prints nothing, so several kits
/// can build in parallel and report in order.
struct KitBuild: Sendable {
    struct Settings: Sendable {
        var outputOverride: String?
        var formatsOverride: [PacketFormat]?
        var failUnder: Double?
        /// Validate only: run every stage in memory and write nothing.
        var writes = true
    }

    /// What happened, for the command to print and turn into an exit status.
    struct Result: Sendable {
        /// The config as the user named it: relative to the working directory.
        var configPath: String
        /// The kit directory relative to the working directory: diagnostics name files relative to
        /// the kit, and the command line prefixes this when it prints them.
        var kitDirectory: String
        var status: ExitStatus
        /// Input errors (exit 2) or the stage failure (exit 3), ready to print.
        var problems: [Diagnostic] = []
        var kit: Kit?
        var outputDisplay: String?
        var filesWritten: [String] = []
    }

    let configPath: String?
    let registry: StageRegistry
    let settings: Settings
    let workingDirectory: String
    let processEnvironment: [String: String]

    func run(observer: @escaping @Sendable (PipelineEvent) -> Void = { _ in }) async -> Result {
        let configURL = ConfigLoader.locate(configPath, workingDirectory: workingDirectory)
        let fromHere = InputReader(root: configURL.deletingLastPathComponent(), workingDirectory: workingDirectory)
        var result = Result(
            configPath: fromHere.displayPath(for: configURL), kitDirectory: fromHere.displayPath(for: configURL.deletingLastPathComponent()),
            status: .ready)
        do throws(any Error) {
            let loaded = try ConfigLoader.load(configPath, workingDirectory: workingDirectory)
            let environment = PipelineEnvironment(
                defaultTemplates: DefaultTemplates.files,
                sourceDate: PipelineEnvironment.sourceDate(from: processEnvironment),
                failUnderOverride: settings.failUnder,
                formatsOverride: settings.formatsOverride,
                // Validate checks external commands exist but never runs code from the kit.
                externalStages: ExternalStageSettings(runs: settings.writes, environment: processEnvironment))
            let pipeline = try Pipeline(loaded, registry: registry, environment: environment)
            let (output, shownOutput) = outputDirectory(for: loaded)
            result.outputDisplay = shownOutput
            if settings.writes {
                try PacketWriter.checkReplaceable(output, displayPath: shownOutput)
            }
            let kit = try await pipeline.run(observer: observer)
            result.kit = kit
            if settings.writes {
                result.filesWritten = try PacketWriter.write(kit.artifacts, to: output, formats: pipeline.formats, displayPath: shownOutput)
            }
            let hasErrors = kit.findings.contains { $0.severity == .error }
            result.status = (kit.gate?.passed ?? true) && !hasErrors ? .ready : .notReady
        } catch let error as DiagnosticError {
            result.status = .invalidInput
            result.problems = error.diagnostics
        } catch let failure as StageFailure {
            result.status = .stageFailed
            result.problems = [Diagnostic(.error, "stage '\(failure.stageID)' failed: \(failure.message)", at: failure.location, rule: "stage.failed")]
        } catch {
            result.status = .stageFailed
            result.problems = [Diagnostic(.error, "\(error)", rule: "stage.failed")]
        }
        return result
    }

    /// `--out` relative to the working directory, or the config's `output.dir` relative to the config.
    private func outputDirectory(for loaded: LoadedConfig) -> (URL, String) {
        let cwd = URL(fileURLWithPath: workingDirectory, isDirectory: true)
        let url: URL
        if let override = settings.outputOverride {
            url = URL(fileURLWithPath: override, relativeTo: cwd).standardizedFileURL
        } else {
            let relative = loaded.config.output.resolvedDirectory(for: loaded.config.release)
            url = (relative.hasPrefix("/") ? URL(fileURLWithPath: relative) : loaded.directory.appending(path: relative)).standardizedFileURL
        }
        return (url, InputReader(root: loaded.directory, workingDirectory: workingDirectory).displayPath(for: url))
    }
}
