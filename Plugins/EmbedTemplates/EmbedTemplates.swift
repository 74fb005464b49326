import Foundation
import PackagePlugin

/// Embeds `Templates/default/` (the built-in templates) and `Templates/starter/` (the kit that
/// `launchkit init` writes) into the target as Swift source, so a `launchkit` binary has them from
/// any directory: resource bundles do not survive copying the executable.
@main
struct EmbedTemplates: BuildToolPlugin {
    /// Folder under `Templates/`, and the enum the generated file declares.
    static let embeddings = [("default", "EmbeddedTemplates"), ("starter", "EmbeddedStarterKit")]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let embedder = try context.tool(named: "TemplateEmbedder").url
        return Self.embeddings.map { folder, name in
            let directory = context.package.directoryURL.appending(path: "Templates/\(folder)")
            let output = context.pluginWorkDirectoryURL.appending(path: "\(name).swift")
            let inputs = (FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
                .filter { !$0.hasDirectoryPath }
                .sorted { $0.path < $1.path }
            return .buildCommand(
                displayName: "Embedding \(inputs.count) files of Templates/\(folder)",
                executable: embedder,
                arguments: [output.path, directory.path, name],
                inputFiles: inputs,
                outputFiles: [output]
            )
        }
    }
}
