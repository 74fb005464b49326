/// A step of the pipeline: reads what earlier stages put in the kit, adds its own part.
///
/// Contract for an implementation:
/// - `description` is its user documentation: `launchkit stages` prints it and the pipeline uses its
///   `needs` and `adds` to check the order of stages before anything runs. Declare every capability
///   you read unconditionally in `needs`; read optional content (competitors, channel personas) without
///   declaring it and say in the output when it is absent.
/// - `Options` is decoded strictly from the entry's `with:` mapping (an empty mapping when there is
///   none), so every option needs a default or a clear "missing required key" error. Use
///   ``InputPath`` for file options: errors then point at the path in the config.
/// - `run` must not write files: it adds ``Artifact``s to the kit and the packet writer writes them.
///   It reads inputs only through `context.inputs`, which enforces the kit boundary and size limits.
/// - Invalid input is reported by throwing ``DiagnosticError`` (the build exits 2, nothing written);
///   findings about the content go to `kit.findings`. Any other error is a stage failure (exit 3).
/// - Same inputs, same kit: no wall clock, no randomness, stable ordering.
public protocol Stage: Sendable {
    associatedtype Options: Decodable & Sendable

    static var description: StageDescription { get }

    init(options: Options)

    func run(_ kit: inout Kit, in context: StageContext) async throws
}

/// Options for a stage that takes none: any key under `with:` is then an error.
public struct NoOptions: Decodable, Sendable, Equatable {
    public init() {}
}
