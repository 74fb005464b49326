import ArgumentParser
import Foundation
import LaunchKitCore

/// Runs the `launchkit` command line with a stage registry.
///
/// The `launchkit` executable calls this with the built-in stages; a package that adds its own
/// stages builds its own executable in a few lines:
///
///     import LaunchKitCLI
///
///     @main struct AcmeLaunchKit {
///         static func main() async {
///             await LaunchKitMain.main(adding: [PricingSheetStage.self], origin: .package("AcmeStages"))
///         }
///     }
public enum LaunchKitMain {
    /// Parses the process arguments, runs the command and exits with its status.
    public static func main(registry: StageRegistry = BuiltInStages.registry, arguments: [String]? = nil) async -> Never {
        let interruption = Interruption.install()
        let status = await CurrentRegistry.$value.withValue(registry) {
            await run(arguments)
        }
        exit(interruption.exitStatus(otherwise: status))
    }

    private static func run(_ arguments: [String]?) async -> Int32 {
        do {
            var command = try LaunchKitCommand.parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = LaunchKitCommand.exitCode(for: error)
            // argument-parser uses 64 for usage errors; LaunchKit promises 2 for invalid usage.
            if code == .validationFailure {
                FileHandle.standardError.write(Data((LaunchKitCommand.fullMessage(for: error) + "\n").utf8))
                return ExitStatus.invalidInput.rawValue
            }
            let message = LaunchKitCommand.fullMessage(for: error)
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            return code.rawValue
        }
    }

    /// The built-in stages plus a package's own.
    public static func main(adding stages: [any Stage.Type], origin: StageOrigin) async -> Never {
        do {
            let registry = try BuiltInStages.registry.adding(stages, origin: origin)
            await main(registry: registry)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            exit(ExitStatus.stageFailed.rawValue)
        }
    }
}
