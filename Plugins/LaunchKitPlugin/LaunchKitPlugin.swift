import Foundation
import PackagePlugin

/// `swift package launchkit [--tool PRODUCT] [ARGUMENTS...]`: runs `launchkit` in the package
/// directory with the arguments as given (`build` when there are none) and fails when it fails.
///
/// `--tool PRODUCT` runs an executable product of the package instead, built first: a package that
/// builds its own `launchkit` with extra stages (see Examples/CustomStage) uses it to reach them.
/// The plugin holds no logic of its own.
@main
struct LaunchKitPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var arguments = arguments
        let executable: URL
        if let index = arguments.firstIndex(of: "--tool") {
            guard index + 1 < arguments.count else {
                Diagnostics.error("--tool needs the name of an executable product, such as '--tool acme-launchkit'")
                exit(2)
            }
            let product = arguments[index + 1]
            arguments.removeSubrange(index...(index + 1))
            executable = try build(product, in: context)
        } else {
            executable = try context.tool(named: "launchkit").url
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments.isEmpty ? ["build"] : arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let status = process.terminationStatus
            let meaning = [1: "not ready", 2: "invalid input or usage", 3: "a stage failed"][status].map { " (\($0))" } ?? ""
            Diagnostics.error("\(executable.lastPathComponent) exited with status \(status)\(meaning)")
            exit(process.terminationReason == .exit ? status : 1)
        }
    }

    /// Builds an executable product of this package and returns its path.
    private func build(_ product: String, in context: PluginContext) throws -> URL {
        let result = try packageManager.build(.product(product), parameters: .init(configuration: .debug, echoLogs: false))
        guard result.succeeded else {
            Diagnostics.error("building '\(product)' failed:\n\(result.logText)")
            exit(1)
        }
        guard let artifact = result.builtArtifacts.first(where: { $0.kind == .executable && $0.url.lastPathComponent == product })
            ?? result.builtArtifacts.first(where: { $0.kind == .executable }) else {
            Diagnostics.error("'\(product)' is not an executable product of this package")
            exit(2)
        }
        return artifact.url
    }
}
