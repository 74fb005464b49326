import Foundation
import LaunchKitCore
import LaunchKitTemplates
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import EnablementSheets

/// Runs enablement-sheets the way the pipeline does, without writing anything.
enum SheetTestSupport {
    static let exampleKit = PackagePaths.examples.appending(path: "CloudGuard")

    /// A context over a kit directory, with the default templates and `overrides` laid over them.
    static func context(kitDirectory: URL = exampleKit, overrides: [String: String] = [:]) throws -> StageContext {
        StageContext(
            stageID: "enablement-sheets",
            inputs: InputReader(root: kitDirectory, workingDirectory: kitDirectory.path),
            environment: PipelineEnvironment(defaultTemplates: DefaultTemplates.files),
            configFile: "launchkit.yml",
            entryLocation: nil,
            templates: try TemplateLibrary(defaults: DefaultTemplates.files, overrideFiles: overrides))
    }

    /// Decodes options written as the `with:` mapping of a config, with marks in `launchkit.yml`.
    static func options(_ yaml: String) throws -> EnablementSheetsOptions {
        try NodeDecoder(file: "launchkit.yml").decode(EnablementSheetsOptions.self, fromYAML: Array(yaml.utf8))
    }

    /// Runs the stage over `kit` and returns the kit it leaves.
    static func run(
        _ kit: Kit, options: EnablementSheetsOptions = EnablementSheetsOptions(), kitDirectory: URL = exampleKit,
        overrides: [String: String] = [:]
    ) async throws -> Kit {
        var kit = kit
        try await EnablementSheetsStage(options: options).run(&kit, in: try context(kitDirectory: kitDirectory, overrides: overrides))
        return kit
    }

    /// The diagnostics a throwing body reports, as the command line prints their first lines.
    static func problems(_ body: () async throws -> Void) async -> [String] {
        do {
            try await body()
            Issue.record("expected a DiagnosticError")
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map(DiagnosticFormatter.headline)
        } catch {
            Issue.record("expected a DiagnosticError, got \(error)")
            return []
        }
    }

    /// One artifact's contents by path.
    static func contents(_ path: String, in kit: Kit) -> String? {
        kit.artifacts.first { $0.path == path }?.contents
    }
}
