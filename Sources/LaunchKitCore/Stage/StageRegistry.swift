import LaunchKitYAML

/// The stages a `launchkit` binary knows, by id: one explicit list, no global state.
///
/// The command line registers the built-in stages; a package that builds its own `launchkit` adds
/// its stages to the same list.
public struct StageRegistry: Sendable {
    public struct Entry: Sendable {
        public let type: any Stage.Type
        public let origin: StageOrigin

        public var description: StageDescription { type.description }
    }

    public private(set) var entries: [Entry] = []

    /// - Throws: ``DiagnosticError`` when two stages share an id.
    public init(stages: [any Stage.Type], origin: StageOrigin = .builtIn) throws(DiagnosticError) {
        try register(stages, origin: origin)
    }

    /// Adds stages, keeping ids unique.
    public mutating func register(_ stages: [any Stage.Type], origin: StageOrigin) throws(DiagnosticError) {
        for stage in stages {
            let id = stage.description.id
            if let existing = entries.first(where: { $0.description.id == id }) {
                throw DiagnosticError(.error(
                    "two stages are registered as '\(id)' (\(existing.origin) and \(origin))",
                    rule: "registry.duplicate-id", suggestion: "give one of them another id"))
            }
            entries.append(Entry(type: stage, origin: origin))
        }
    }

    /// A copy with more stages, for packages that extend the built-in set.
    public func adding(_ stages: [any Stage.Type], origin: StageOrigin) throws(DiagnosticError) -> StageRegistry {
        var copy = self
        try copy.register(stages, origin: origin)
        return copy
    }

    public var ids: [String] { entries.map(\.description.id) }

    /// The stage registered as `id`.
    public func entry(forID id: String) -> Entry? {
        entries.first { $0.description.id == id }
    }

    /// The closest registered id, for "did you mean" messages.
    public func suggestion(forID id: String) -> String? {
        NearestMatch.find(id, in: ids)
    }

    /// Stages that add `capability`, to suggest what is missing from a pipeline.
    public func stages(adding capability: KitCapability) -> [String] {
        entries.filter { $0.description.adds.contains(capability) }.map(\.description.id)
    }
}
