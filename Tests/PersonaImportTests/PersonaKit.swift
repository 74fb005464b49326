import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
@testable import PersonaImport

/// A throwaway kit directory holding persona files, and `persona-import` run over it the way the
/// pipeline runs it: options decoded from YAML, inputs read through the kit's `InputReader`.
struct PersonaKit {
    /// The kit's directory: where its config would be.
    let root: URL
    private let temporary: TemporaryDirectory?

    static let release = Release(product: "CloudGuard", version: "2.0", date: CalendarDate(year: 2026, month: 12, day: 1)!, tier: 1)

    /// The built-in templates, read from `Templates/default` as the binary embeds them.
    static let defaultTemplates: [String: String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.templates.path)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            files[name] = (try? String(contentsOf: PackagePaths.templates.appending(path: name), encoding: .utf8)) ?? ""
        }
        return files
    }()

    /// - Parameter files: kit-relative path to contents (`MarkedText` markers already removed).
    init(_ files: [String: String] = [:]) throws {
        let temporary = try TemporaryDirectory("persona-import")
        for (path, contents) in files {
            try temporary.write(path, contents)
        }
        self.temporary = temporary
        root = temporary.url
    }

    /// A kit directory that already exists, such as an example; it is left as it is.
    init(existing url: URL) {
        temporary = nil
        root = url
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appending(path: path))
    }

    /// The context the pipeline gives the stage; `templates` is the kit's own template folder.
    func context(templates: String? = nil) throws -> StageContext {
        let environment = PipelineEnvironment(defaultTemplates: Self.defaultTemplates)
        let overrides = templates.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: root.path, isDirectory: true)) }
        return StageContext(
            stageID: "persona-import", inputs: InputReader(root: root, workingDirectory: root.path),
            environment: environment, configFile: "launchkit.yml", entryLocation: nil,
            templates: try TemplateLibrary(defaults: Self.defaultTemplates, overrides: overrides))
    }

    /// Decodes `with:` options written in YAML, as the pipeline decodes them from a config.
    static func options(_ yaml: String) throws -> PersonaImportOptions {
        try NodeDecoder(file: "launchkit.yml").decode(PersonaImportOptions.self, fromYAML: Array(yaml.utf8))
    }

    func run(_ yaml: String, into kit: Kit = Kit(release: release), templates: String? = nil) async throws -> Kit {
        var kit = kit
        try await PersonaImportStage(options: Self.options(yaml)).run(&kit, in: context(templates: templates))
        return kit
    }

    /// The headlines of the errors the stage throws, or of nothing when it succeeds.
    func errors(_ yaml: String, into kit: Kit = Kit(release: release)) async throws -> [String] {
        try await diagnostics(yaml, into: kit).map(DiagnosticFormatter.headline)
    }

    func diagnostics(_ yaml: String, into kit: Kit = Kit(release: release)) async throws -> [Diagnostic] {
        do {
            _ = try await run(yaml, into: kit)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        }
    }

    /// The headlines of the findings a successful run adds.
    func findings(_ yaml: String) async throws -> [String] {
        try await run(yaml).findings.map(DiagnosticFormatter.headline)
    }

    /// Deletes the directory if this kit made it.
    func remove() {
        temporary?.remove()
    }
}
