import LaunchKitYAML

/// One entry of `pipeline:`: a registered stage (`uses:` with optional `with:`) or an external
/// executable (`run:` with an `id:`).
public struct PipelineEntry: Sendable, Decodable {
    public enum Kind: Sendable {
        /// A registered stage by id.
        case stage(id: String)
        /// An executable that speaks the external stage protocol.
        case external(ExternalCommand)
    }

    /// An external stage's command line and limits.
    public struct ExternalCommand: Sendable, Equatable {
        public var id: String
        /// The executable, relative to the config file unless it is a bare command name.
        public var run: InputPath
        public var arguments: [String]
        public var timeout: StageTimeout?
        public var environment: [String: String]
    }

    public var kind: Kind
    /// The raw `with:` mapping, decoded later by the stage's own options type.
    public var options: Node?
    /// Where the entry starts in the config.
    public var location: SourceLocation?
    /// Where the stage id (or command) is written.
    public var idLocation: SourceLocation?

    /// The id shown in progress and errors.
    public var id: String {
        switch kind {
        case .stage(let id): id
        case .external(let command): command.id
        }
    }

    enum CodingKeys: String, CodingKey {
        case uses, id, with, run, args, timeout, env
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let file = decoder.yamlFile ?? "launchkit.yml"
        location = SourceLocation(file: file, mark: decoder.yamlMark)
        options = try container.decodeIfPresent(Node.self, forKey: .with)
        let uses = try container.decodeIfPresent(Located<String>.self, forKey: .uses)
        let run = try container.decodeIfPresent(InputPath.self, forKey: .run)
        let id = try container.decodeIfPresent(Located<String>.self, forKey: .id)
        switch (uses, run) {
        case (let uses?, nil):
            if id != nil || container.contains(.args) || container.contains(.timeout) || container.contains(.env) {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'id', 'args', 'timeout' and 'env' belong to external stages ('run:'), not to 'uses: \(uses.value)'"))
            }
            kind = .stage(id: uses.value)
            idLocation = SourceLocation(file: file, mark: uses.mark)
        case (nil, let run?):
            guard let id else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "an external stage needs an 'id:' to name it in progress and errors"))
            }
            kind = .external(ExternalCommand(
                id: id.value, run: run,
                arguments: try container.decodeIfPresent([String].self, forKey: .args) ?? [],
                timeout: try container.decodeIfPresent(StageTimeout.self, forKey: .timeout),
                environment: try container.decodeIfPresent([String: String].self, forKey: .env) ?? [:]))
            idLocation = SourceLocation(file: file, mark: id.mark)
        case (nil, nil):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a pipeline entry needs 'uses: <stage id>' or 'run: <command>'"))
        case (_?, _?):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a pipeline entry has either 'uses:' or 'run:', not both"))
        }
    }
}
