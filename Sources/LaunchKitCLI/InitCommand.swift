import ArgumentParser
import Foundation
import LaunchKitCore
import LaunchKitTemplates

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a starter kit that builds as it is, or copy the built-in templates for editing.",
        discussion: """
            Writes a launchkit.yml with two buyer personas, a channel persona, launch messages, a \
            glossary and a launch checklist into DIR (default: the current directory). 'launchkit \
            build DIR' turns it into a packet straight away; then replace the sample content with your own.

            With --templates, writes the built-in templates into DIR instead (default: ./templates), \
            for a kit whose sheets should look different: add 'templates: ./templates' to its \
            launchkit.yml and edit the copies. A template you do not change can be deleted.

            Existing files are never overwritten unless you pass --force.

            Examples:
              launchkit init kits/beacon
              launchkit init kits/acme --product "Acme Insights"
              launchkit init --templates kits/acme/templates
            """
    )

    @Argument(help: ArgumentHelp("Where to write the files.", discussion: "Defaults to '.' (or './templates' with --templates).", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("The product name to use in the starter kit instead of '\(StarterKit.productName)'.", valueName: "name"))
    var product: String?

    @Flag(name: .long, help: "Write the built-in templates instead of a starter kit.")
    var templates = false

    @Flag(name: .long, help: "Overwrite files that already exist.")
    var force = false

    func validate() throws {
        if templates, product != nil {
            throw ValidationError("--product applies to the starter kit, not to --templates")
        }
        if let product, let problem = StarterFiles.problem(withProduct: product) {
            throw ValidationError(problem)
        }
    }

    func run() async throws {
        let console = Console()
        let shown = directory ?? (templates ? "templates" : ".")
        let url = URL(fileURLWithPath: shown, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)).standardizedFileURL
        let files = templates ? StarterFiles.templates() : StarterFiles.kit(product: product)
        let written: [String]
        do {
            written = try files.write(into: url, displayPath: shown, force: force)
        } catch {
            DiagnosticPrinter(console: console).print(error.diagnostics)
            throw ExitStatus.invalidInput.exitCode
        }
        if templates {
            console.output("Copied \(written.count) built-in templates to \(shown):")
            console.output(written.map { "  \($0)" }.joined(separator: "\n"))
            console.output("\nNext: add 'templates: ./\(url.lastPathComponent)' to the kit's launchkit.yml (the path is relative to it) and edit the copies.")
        } else {
            let name = product ?? StarterKit.productName
            console.output("Created a starter kit for \(name) in \(shown):")
            console.output(written.map { "  \($0)" }.joined(separator: "\n"))
            console.output("\nNext:\n  launchkit build\(shown == "." ? "" : " \(shown)")      # writes the packet\n  then replace the sample personas, messages and checklist with your own")
        }
    }
}
