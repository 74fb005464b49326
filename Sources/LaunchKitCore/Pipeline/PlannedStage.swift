import LaunchKitYAML

/// A stage whose options decoded and whose needs are met: ready to run.
public struct PlannedStage: Sendable {
    public let id: String
    public let origin: StageOrigin
    public let location: SourceLocation?
    let body: @Sendable (inout Kit, StageContext) async throws -> Void

    init(id: String, origin: StageOrigin, location: SourceLocation?, body: @escaping @Sendable (inout Kit, StageContext) async throws -> Void) {
        self.id = id
        self.origin = origin
        self.location = location
        self.body = body
    }

    /// Decodes a stage's options and creates it, with errors located in the config.
    static func make<S: Stage>(
        _ type: S.Type, origin: StageOrigin, options: Node?, entry: PipelineEntry, index: Int, configFile: String
    ) throws(DiagnosticError) -> PlannedStage {
        let node = options ?? .mapping(Node.Mapping([], mark: Mark(line: entry.location?.line ?? 1, column: entry.location?.column ?? 1)))
        let path: [any CodingKey] = [NameKey("pipeline[\(index)]"), NameKey("with")]
        let decoded: S.Options
        do {
            decoded = try NodeDecoder(file: configFile).decode(S.Options.self, from: node, codingPath: path)
        } catch {
            throw DiagnosticError(error)
        }
        let stage = S(options: decoded)
        return PlannedStage(id: S.description.id, origin: origin, location: entry.location) { kit, context in
            try await stage.run(&kit, in: context)
        }
    }
}
