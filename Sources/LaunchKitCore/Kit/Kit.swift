/// The launch kit under construction: what every stage reads and adds to.
///
/// Data flows one way: the configuration seeds the release, stages add personas, messages,
/// findings, artifacts and checks in pipeline order, and the packet writer turns the artifacts into
/// files. The kit is a value: a stage that throws leaves the pipeline's copy untouched.
public struct Kit: Sendable, Codable {
    public var release: Release
    public var buyerPersonas: [BuyerPersona] = []
    public var channelPersonas: [ChannelPersona] = []
    public var messages: [Message] = []
    public var glossary: [GlossaryTerm] = []
    public var competitors: [Competitor] = []
    /// Findings about the content (rule alerts, incomplete personas), not input errors: those stop
    /// the build as ``DiagnosticError`` instead.
    public var findings: [Diagnostic] = []
    public var artifacts: [Artifact] = []
    public var checks: [ReadinessCheck] = []
    /// Set by the stage that scores readiness; the build fails (exit 1) when it did not pass.
    public var gate: ReadinessGate?

    public init(release: Release) {
        self.release = release
    }

    enum CodingKeys: String, CodingKey {
        case release
        case buyerPersonas = "buyer_personas"
        case channelPersonas = "channel_personas"
        case messages, glossary, competitors, findings, artifacts, checks, gate
    }

    /// Adds a file to the packet.
    ///
    /// - Throws: ``DiagnosticError`` when the path is not a safe packet path or another stage
    ///   already produced a file there.
    public mutating func addArtifact(_ artifact: Artifact) throws(DiagnosticError) {
        let path = try PacketPath.validate(artifact.path, producedBy: artifact.stage)
        if let existing = artifacts.first(where: { $0.path == path }) {
            throw DiagnosticError(.error(
                "stage '\(artifact.stage)' writes '\(path)', which stage '\(existing.stage)' already wrote",
                rule: "packet.duplicate-path", suggestion: "give one of the files another name"))
        }
        var artifact = artifact
        artifact.path = path
        artifacts.append(artifact)
    }

    /// The number of findings at each severity.
    public func findingCounts() -> [Diagnostic.Severity: Int] {
        findings.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
    }

    public func buyerPersona(id: String) -> BuyerPersona? {
        buyerPersonas.first { $0.id == id }
    }

    public func channelPersona(id: String) -> ChannelPersona? {
        channelPersonas.first { $0.id == id }
    }
}
