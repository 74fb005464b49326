import Foundation
import PackagePlugin

/// `swift package launchkit <subcommand> [arguments]`: runs the `launchkit` tool in the package
/// directory with the arguments as given, and exits with its status. It holds no logic of its own.
@main
struct LaunchKitPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "launchkit")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = arguments.isEmpty ? ["build"] : arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("launchkit exited with status \(process.terminationStatus)")
            exit(process.terminationStatus)
        }
    }
}
