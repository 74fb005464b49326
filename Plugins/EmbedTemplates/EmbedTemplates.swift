import Foundation
import PackagePlugin

/// Embeds `Templates/default/` into the target as Swift source, so a `launchkit` binary renders its
/// default templates from any directory: resource bundles do not survive copying the executable.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        let inputs = (FileManager.default.enumerator(at: templates, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { !$0.hasDirectoryPath }
            .sorted { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) default templates",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [output.path, templates.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
