import ArgumentParser
import Foundation
import LaunchKitCore

struct StagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every registered stage with its options.",
        discussion: """
            Shows each stage's id (what you write after 'uses:'), where it comes from, what it needs and \
            adds, its options with defaults, and an example pipeline entry. With --json the same \
            information is printed as a stable JSON document for tooling.

            With --config, the external stages ('run:' entries) of that kit are listed too, after the \
            registered ones, with their command, arguments, timeout and the options they are given.

            Examples:
              launchkit stages
              launchkit stages --json
              launchkit stages --config Examples/CloudGuard/launchkit.yml
            """
    )

    @Flag(name: .long, help: "Print the stages as JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Also list the external stages ('run:') of this config.", valueName: "config"))
    var config: String?

    struct Listing: Encodable {
        var id: String
        var origin: String
        var summary: String
        var discussion: String
        var needs: [KitCapability]
        var adds: [KitCapability]
        var options: [StageOption]
        var example: String
        /// External stages only: the executable as written after `run:`, its arguments and timeout.
        var command: String?
        var arguments: [String]?
        var timeout: String?
    }

    static func listings(_ registry: StageRegistry) -> [Listing] {
        registry.entries.map { entry in
            let description = entry.description
            return Listing(
                id: description.id, origin: entry.origin.description, summary: description.summary, discussion: description.discussion,
                needs: description.needs, adds: description.adds, options: description.options, example: description.example)
        }
    }

    /// The `run:` entries of a config, described like registered stages.
    static func externalListings(_ loaded: LoadedConfig) -> [Listing] {
        loaded.config.pipeline.compactMap { entry -> Listing? in
            guard case .external(let command) = entry.kind else { return nil }
            let options: [StageOption] = (entry.options?.mapping?.pairs ?? []).compactMap { pair in
                guard let name = pair.key.scalar?.string else { return nil }
                return StageOption(name, type: "any", default: pair.value.scalar?.string ?? "(\(pair.value.kindDescription))", "passed to the stage as stage.options.\(name)")
            }
            let timeout = command.timeout?.written
            var example = "- id: \(command.id)\n  run: \(command.run.path)"
            if !command.arguments.isEmpty { example += "\n  args: [\(command.arguments.map { "\"\($0)\"" }.joined(separator: ", "))]" }
            if let timeout { example += "\n  timeout: \(timeout)" }
            let origin = StageOrigin.external(command.run.path)
            return Listing(
                id: command.id, origin: origin.description,
                summary: "runs '\(([command.run.path] + command.arguments).joined(separator: " "))' with the kit as JSON on stdin (external stage protocol \(ExternalStageProtocol.version))",
                discussion: "Declared at \(entry.location.map(\.description) ?? loaded.displayPath). Timeout: \(timeout ?? "\(ExternalStageSettings.standardTimeout.components.seconds)s (the default)").",
                needs: [], adds: [], options: options, example: example,
                command: command.run.path, arguments: command.arguments, timeout: timeout)
        }
    }

    func run() async throws {
        let console = Console()
        var listings = Self.listings(CurrentRegistry.value)
        if let config {
            do {
                listings += Self.externalListings(try ConfigLoader.load(config))
            } catch {
                DiagnosticPrinter(console: console).print(error.diagnostics)
                throw ExitStatus.invalidInput.exitCode
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            console.output(String(decoding: try encoder.encode(["stages": listings]), as: UTF8.self))
            return
        }
        console.output(Self.text(listings))
    }

    static func text(_ listings: [Listing]) -> String {
        var blocks: [String] = []
        for listing in listings {
            var lines = ["\(listing.id) (\(listing.origin))", "  \(listing.summary)"]
            if !listing.needs.isEmpty { lines.append("  needs: \(listing.needs.map(\.rawValue).joined(separator: ", "))") }
            if !listing.adds.isEmpty { lines.append("  adds:  \(listing.adds.map(\.rawValue).joined(separator: ", "))") }
            if !listing.discussion.isEmpty {
                lines.append("")
                lines += listing.discussion.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  \($0)" }
            }
            if !listing.options.isEmpty {
                lines.append("")
                lines.append("  options:")
                let width = listing.options.map(\.name.count).max() ?? 0
                for option in listing.options {
                    let name = option.name.padding(toLength: width, withPad: " ", startingAt: 0)
                    let requirement = option.defaultValue.map { "default: \($0)" } ?? "required"
                    lines.append("    \(name)  \(option.type), \(requirement)")
                    lines.append("    \(String(repeating: " ", count: width))  \(option.summary)")
                }
            }
            lines.append("")
            lines.append("  example:")
            lines += listing.example.split(separator: "\n").map { "    \($0)" }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.isEmpty ? "no stages are registered" : blocks.joined(separator: "\n\n")
    }
}
