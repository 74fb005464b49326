/// What an external stage reads on stdin: the protocol version, the stage's own id and options,
/// where the kit is, the release and everything earlier stages put in the kit.
///
/// Keys are snake_case and sorted; optional values that are unknown are left out. The kit's models
/// (personas, messages, findings, checks) are encoded with their own coding keys, so the document
/// shows exactly what a Swift stage sees. A golden test pins the shape.
public struct ExternalStageInput: Encodable, Sendable {
    public struct StageInfo: Encodable, Sendable {
        public var id: String
        /// The entry's `with:` mapping as JSON; an empty object when there is none.
        public var options: JSONValue
    }

    public struct Context: Encodable, Sendable {
        /// The absolute path of the kit directory (the stage's working directory).
        public var kitDirectory: String
        /// The config file, relative to the kit directory.
        public var config: String
        /// `SOURCE_DATE_EPOCH` as a day, when set: the date to print, instead of the clock's.
        public var sourceDate: CalendarDate?

        enum CodingKeys: String, CodingKey {
            case kitDirectory = "kit_dir"
            case config
            case sourceDate = "source_date"
        }
    }

    /// A file earlier stages added to the packet, with its text.
    public struct ArtifactSnapshot: Encodable, Sendable {
        public var path: String
        public var kind: String
        public var title: String
        public var stage: String
        public var subject: Subject?
        public var content: String

        init(_ artifact: Artifact) {
            path = artifact.path
            kind = artifact.kind
            title = artifact.title
            stage = artifact.stage
            subject = artifact.subject
            content = artifact.contents
        }
    }

    /// The kit so far.
    public struct KitSnapshot: Encodable, Sendable {
        public var buyerPersonas: [BuyerPersona]
        public var channelPersonas: [ChannelPersona]
        public var messages: [Message]
        public var glossary: [GlossaryTerm]
        public var competitors: [Competitor]
        public var findings: [Diagnostic]
        public var artifacts: [ArtifactSnapshot]
        public var checks: [ReadinessCheck]
        public var gate: ReadinessGate?

        init(_ kit: Kit) {
            buyerPersonas = kit.buyerPersonas
            channelPersonas = kit.channelPersonas
            messages = kit.messages
            glossary = kit.glossary
            competitors = kit.competitors
            findings = kit.findings
            artifacts = kit.artifacts.map(ArtifactSnapshot.init)
            checks = kit.checks
            gate = kit.gate
        }

        enum CodingKeys: String, CodingKey {
            case buyerPersonas = "buyer_personas"
            case channelPersonas = "channel_personas"
            case messages, glossary, competitors, findings, artifacts, checks, gate
        }
    }

    public var protocolVersion: Int
    public var stage: StageInfo
    public var context: Context
    public var release: Release
    public var kit: KitSnapshot

    public init(stageID: String, options: JSONValue, context: Context, kit: Kit) {
        protocolVersion = ExternalStageProtocol.version
        stage = StageInfo(id: stageID, options: options)
        self.context = context
        release = kit.release
        self.kit = KitSnapshot(kit)
    }

    enum CodingKeys: String, CodingKey {
        case protocolVersion = "protocol"
        case stage, context, release, kit
    }
}
