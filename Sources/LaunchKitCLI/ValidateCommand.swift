import ArgumentParser
import Foundation
import LaunchKitCore

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a kit's config and every input file without writing anything.",
        discussion: """
            Loads the config, checks every stage's options and order, then runs the stages in memory so \
            that every input file is read and checked. Errors print as file:line:column with a \
            suggestion. Findings about the content (hedges, jargon) are counted, not printed: use \
            'launchkit build' or 'launchkit lint' for those. External stages ('run:') are checked \
            (the command exists and is executable) but not run: validating a kit never runs its code.

            Example:
              launchkit validate Examples/CloudGuard/launchkit.yml

            Exit codes: 0 valid, 2 invalid input, 3 a stage failed.
            """
    )

    @Argument(help: ArgumentHelp("The config file or kit directory.", discussion: "Defaults to ./launchkit.yml.", valueName: "config"))
    var config: String?

    func run() async throws {
        let console = Console()
        let build = KitBuild(
            configPath: config, registry: CurrentRegistry.value, settings: KitBuild.Settings(writes: false),
            workingDirectory: FileManager.default.currentDirectoryPath, processEnvironment: ProcessInfo.processInfo.environment)
        let result = await build.run()
        DiagnosticPrinter(console: console).print(result.problems, relativeTo: result.kitDirectory)
        switch result.status {
        case .invalidInput, .stageFailed:
            console.error("\(result.configPath): " + console.styled("invalid", .red) + " (\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s"))")
            throw result.status.exitCode
        case .ready, .notReady:
            let kit = result.kit
            let files = kit?.artifacts.count ?? 0
            let findings = kit?.findings.count ?? 0
            console.error("\(result.configPath): " + console.styled("valid", .green) + " — \(files) file\(files == 1 ? "" : "s") would be written, \(findings) finding\(findings == 1 ? "" : "s")")
        }
    }
}
