import LaunchKitCore

/// One sheet a run will render: what it is, what it is about, and where it goes in the packet.
struct PlannedSheet: Hashable, Sendable {
    var kind: SheetKind
    /// The competitor or persona the sheet is about; nil for the cheat sheet.
    var subject: Subject?
    /// The subject's name as people say it; nil for the cheat sheet.
    var subjectName: String?
    /// Path inside the packet: `sheets/battlecard-skyline.md`.
    var path: String

    /// The folder every sheet is written to.
    static let folder = "sheets"

    init(kind: SheetKind, subject: Subject? = nil, subjectName: String? = nil, slug: String? = nil) {
        self.kind = kind
        self.subject = subject
        self.subjectName = subjectName
        self.path = "\(Self.folder)/\(kind.rawValue)\(slug.map { "-\($0)" } ?? "").md"
    }

    /// The file name, which is also how one sheet links to another in the same folder.
    var fileName: String { String(path.dropFirst(Self.folder.count + 1)) }

    /// `Battlecard: Skyline Security`, for links and tables of contents.
    var title: String {
        subjectName.map { "\(kind.displayName): \($0)" } ?? kind.displayName
    }

    var link: SheetLink { SheetLink(title: title, file: fileName) }
}
