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

            Examples:
              launchkit stages
              launchkit stages --json
            """
    )

    @Flag(name: .long, help: "Print the stages as JSON.")
    var json = false

    struct Listing: Encodable {
        var id: String
        var origin: String
        var summary: String
        var discussion: String
        var needs: [KitCapability]
        var adds: [KitCapability]
        var options: [StageOption]
        var example: String
    }

    static func listings(_ registry: StageRegistry) -> [Listing] {
        registry.entries.map { entry in
            let description = entry.description
            return Listing(
                id: description.id, origin: entry.origin.description, summary: description.summary, discussion: description.discussion,
                needs: description.needs, adds: description.adds, options: description.options, example: description.example)
        }
    }

    func run() async throws {
        let console = Console()
        let listings = Self.listings(CurrentRegistry.value)
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
