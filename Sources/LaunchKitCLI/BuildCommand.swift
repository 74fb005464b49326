import ArgumentParser
import Foundation
import LaunchKitCore

extension DiagnosticPrinter.Format: ExpressibleByArgument {}

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the launch-readiness packet of one or more kits.",
        discussion: """
            Runs the kit's pipeline and writes its packet (by default to dist/{product}-{version} next to \
            the config). The packet appears atomically: a failed build leaves the previous one as it was. \
            Several configs build in parallel, each to its own packet, with one summary line each.

            Examples:
              launchkit build Examples/CloudGuard/launchkit.yml
              launchkit build kits/*/launchkit.yml --fail-under 80 --output github
              launchkit build --json > result.json

            \(ExitStatus.help)
            """
    )

    @Argument(help: ArgumentHelp("Config files or kit directories.", discussion: "Defaults to ./launchkit.yml.", valueName: "config"))
    var configs: [String] = []

    @Option(name: .long, help: ArgumentHelp("Write the packet to this directory instead of 'output.dir'.", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("fail-under"), help: ArgumentHelp("Fail (exit 1) when the readiness score is below this; overrides the config's 'fail-under'.", valueName: "score"))
    var failUnder: Double?

    @Option(name: .long, help: ArgumentHelp("Formats to write, comma-separated: markdown (or md), csv. summary.json is always written.", valueName: "formats"))
    var format: String?

    @Option(name: .long, help: ArgumentHelp("How to print findings: line, github (workflow annotations on stdout) or json.", valueName: "format"))
    var output: DiagnosticPrinter.Format = .line

    @Flag(name: .long, help: "Print a JSON report of each build on stdout.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func validate() throws {
        if out != nil, configs.count > 1 {
            throw ValidationError("--out takes one config; with several, each kit writes to its own 'output.dir'")
        }
        if let failUnder, !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under must be between 0 and 100, found \(failUnder)")
        }
        _ = try formats()
    }

    func formats() throws -> [PacketFormat]? {
        guard let format else { return nil }
        return try format.split(separator: ",").map { name in
            switch name.trimmingCharacters(in: .whitespaces).lowercased() {
            case "markdown", "md": return .markdown
            case "csv": return .csv
            default: throw ValidationError("unknown format '\(name)'; expected markdown or csv")
            }
        }
    }

    func run() async throws {
        let console = Console()
        let settings = KitBuild.Settings(outputOverride: out, formatsOverride: try formats(), failUnder: failUnder)
        let paths: [String?] = configs.isEmpty ? [nil] : configs
        let registry = CurrentRegistry.value
        let environment = ProcessInfo.processInfo.environment
        let cwd = FileManager.default.currentDirectoryPath
        let builds = paths.map { KitBuild(configPath: $0, registry: registry, settings: settings, workingDirectory: cwd, processEnvironment: environment) }

        let results: [KitBuild.Result]
        if builds.count == 1 {
            // Stage output (an external stage's stderr) is shown in CI too; the per-stage lines
            // only on a terminal.
            let progress = ProgressPrinter(console: console, progress: console.stderrIsTerminal && !quiet && !json, logs: !quiet)
            results = [await builds[0].run { progress.handle($0) }]
        } else {
            results = await Self.runInParallel(builds, console: console, logs: !quiet)
        }

        let printer = DiagnosticPrinter(console: console, format: output)
        let summary = BuildSummary(console: console, quiet: quiet)
        for result in results {
            printer.print(result.problems, relativeTo: result.kitDirectory)
            if let kit = result.kit {
                let shown = quiet ? kit.findings.filter { $0.severity == .error } : kit.findings.filter { output != .line || $0.severity >= .warning }
                printer.print(shown.sorted(), relativeTo: result.kitDirectory)
                if output == .github {
                    for check in kit.checks where !check.passed {
                        console.output(GitHubAnnotation.line(for: Diagnostic(.error, "readiness check failed: \(check.title)\(check.detail.map { " (\($0))" } ?? "")", rule: "readiness.\(check.id)")))
                    }
                }
            }
            summary.print(result)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let reports = results.map(BuildReport.init)
            let data = reports.count == 1 ? try encoder.encode(reports[0]) : try encoder.encode(reports)
            console.output(String(decoding: data, as: UTF8.self))
        }
        let worst = results.map(\.status).max() ?? .ready
        if worst != .ready { throw worst.exitCode }
    }

    /// Builds kits concurrently, as many at a time as the machine has cores, keeping input order.
    static func runInParallel(_ builds: [KitBuild], console: Console = Console(), logs: Bool = true) async -> [KitBuild.Result] {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [KitBuild.Result?](repeating: nil, count: builds.count)
        let printers = builds.map { ProgressPrinter(console: console, progress: false, logs: logs, kit: $0.configPath ?? ConfigLoader.defaultFileName) }
        await withTaskGroup(of: (Int, KitBuild.Result).self) { group in
            var next = 0
            while next < min(width, builds.count) {
                let index = next
                group.addTask { (index, await builds[index].run(observer: printers[index].handle)) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < builds.count {
                    let index = next
                    group.addTask { (index, await builds[index].run(observer: printers[index].handle)) }
                    next += 1
                }
            }
        }
        return results.compactMap { $0 }
    }
}
