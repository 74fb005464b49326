/// One file of the packet, held in memory until the packet writer writes them all at once.
///
/// Stages never touch the file system for output: that keeps them testable and lets the writer
/// make the whole packet appear atomically.
public struct Artifact: Hashable, Sendable, Codable {
    /// Path inside the packet, `/`-separated (`sheets/battlecard-acme.md`). Validated by
    /// ``PacketPath`` before anything is written.
    public var path: String
    public var contents: String
    /// What kind of document this is (`sheet.battlecard`, `personas`), for indexes and checks.
    public var kind: String
    /// The kit item it is about (a battlecard's competitor), when there is one.
    public var subject: Subject?
    /// A human title for tables of contents.
    public var title: String
    /// The stage that produced it.
    public var stage: String

    public init(path: String, contents: String, kind: String, title: String, subject: Subject? = nil, stage: String) {
        self.path = path
        self.contents = contents
        self.kind = kind
        self.subject = subject
        self.title = title
        self.stage = stage
    }

    /// The packet format this file belongs to, decided by its extension; nil for files that are
    /// always written (summary.json, files of other types from external stages).
    public var format: PacketFormat? {
        if path.hasSuffix(".csv") { return .csv }
        if path.hasSuffix(".md") { return .markdown }
        return nil
    }

    /// Whether the packet writer writes this file when `formats` are asked for.
    public func isWritten(in formats: Set<PacketFormat>) -> Bool {
        format.map(formats.contains) ?? true
    }
}

/// The formats a user can ask for with `output.formats` or `--format`.
public enum PacketFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case markdown, csv
}
