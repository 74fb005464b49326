import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
@testable import MessageSimplification

/// Runs the stage the way the pipeline does, over a kit directory, with the built-in template read
/// from `Templates/default`.
struct StageRun {
    static let release = Release(product: "CloudGuard", version: "2.0", date: CalendarDate(year: 2026, month: 12, day: 1)!, tier: 1)

    /// The buyer personas of the CloudGuard example as persona-import reads them: the fields this
    /// stage uses (ids, reading levels, accepted jargon) and the names `messages.md` shows.
    static let cloudGuardPersonas = [
        BuyerPersona(id: "ciso", name: "CISO", readingLevel: 10, jargonOK: ["CSPM", "CNAPP", "SOC 2", "zero trust"]),
        BuyerPersona(id: "cloud-architect", name: "Cloud security architect", readingLevel: 12, jargonOK: ["CSPM", "CNAPP", "CIEM", "IAM", "Kubernetes", "Terraform", "IaC"]),
        BuyerPersona(id: "devops-lead", name: "DevOps lead", readingLevel: 11, jargonOK: ["CI/CD", "Kubernetes", "Terraform", "IaC"]),
        BuyerPersona(id: "cfo", name: "CFO", readingLevel: 9),
    ]

    static let cloudGuardChannels = [
        ChannelPersona(id: "field-sales", name: "Enterprise field sales"),
        ChannelPersona(id: "resellers", name: "Value-added resellers"),
        ChannelPersona(id: "msp", name: "Managed service providers"),
    ]

    /// Decodes the stage's options from YAML, as the pipeline does from `with:`.
    static func options(_ yaml: String, file: String = "launchkit.yml") throws -> MessageSimplificationOptions {
        try NodeDecoder(file: file).decode(MessageSimplificationOptions.self, fromYAML: Array(yaml.utf8))
    }

    /// Runs the stage over `directory`, reporting paths relative to `workingDirectory`.
    static func run(
        _ options: MessageSimplificationOptions, in directory: URL, workingDirectory: URL? = nil,
        personas: [BuyerPersona] = [], channels: [ChannelPersona] = []
    ) async throws -> Kit {
        var kit = Kit(release: release)
        kit.buyerPersonas = personas
        kit.channelPersonas = channels
        let cwd = (workingDirectory ?? directory).path
        let template = try String(contentsOf: PackagePaths.templates.appending(path: "messages.mustache"), encoding: .utf8)
        let context = StageContext(
            stageID: "message-simplification", inputs: InputReader(root: directory, workingDirectory: cwd),
            environment: PipelineEnvironment(), configFile: "launchkit.yml", entryLocation: nil,
            templates: try TemplateLibrary(defaults: ["messages.mustache": template], overrides: nil))
        try await MessageSimplificationStage(options: options).run(&kit, in: context)
        return kit
    }

    static func artifact(_ kit: Kit, _ path: String) -> String? {
        kit.artifacts.first { $0.path == path }?.contents
    }
}
