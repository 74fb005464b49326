import ArgumentParser

/// `launchkit`: turns a release's marketing inputs into a launch-readiness packet.
struct LaunchKitCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "launchkit",
        abstract: "Turn a release's personas, messages and plans into a launch-readiness packet.",
        discussion: """
            A kit is a folder with a launchkit.yml that lists the stages to run and the files they read. \
            Start one with 'launchkit init', build it with 'launchkit build', and gate a release in CI \
            on the exit code.

            \(ExitStatus.help)
            """,
        version: version,
        subcommands: [BuildCommand.self, ValidateCommand.self, LintCommand.self, StagesCommand.self, InitCommand.self]
    )
}
