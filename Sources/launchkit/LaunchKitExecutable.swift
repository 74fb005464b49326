import LaunchKitCLI

/// The `launchkit` executable: the command line with the built-in stages.
@main
struct LaunchKitExecutable {
    static func main() async {
        await LaunchKitMain.main()
    }
}
