import EnablementSheets
import LaunchKitCore
import MessageSimplification
import PersonaImport
import ReadinessPacket

/// The stages every `launchkit` binary ships with, in the order a pipeline usually runs them.
public enum BuiltInStages {
    public static let all: [any Stage.Type] = [
        PersonaImportStage.self,
        MessageSimplificationStage.self,
        EnablementSheetsStage.self,
        ReadinessPacketStage.self,
    ]

    /// The built-in registry. Built-in ids are fixed and tested to be unique, so a failure here is a
    /// programming error, not a user error.
    public static let registry: StageRegistry = {
        do {
            return try StageRegistry(stages: all, origin: .builtIn)
        } catch {
            fatalError("built-in stages have conflicting ids: \(error)")
        }
    }()
}

/// The registry the running command uses: the built-ins, or what a package's own `launchkit`
/// passed to ``LaunchKitMain/main(registry:)``.
enum CurrentRegistry {
    @TaskLocal static var value: StageRegistry = BuiltInStages.registry
}
