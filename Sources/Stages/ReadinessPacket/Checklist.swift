import LaunchKitCore

/// The launch checklist a team keeps in `checklist.yml`: who does what by when, and how far it is.
///
/// The file is a mapping with one key, `items`, a list of:
///
/// ```yaml
/// items:
///   - id: press-release            # letters, digits and '-'; unique
///     title: Press release approved and scheduled with the wire service
///     owner: Dana Whitfield (PR)
///     due: 2026-11-24              # YYYY-MM-DD
///     status: doing                # todo, doing, done or n-a
///     required-from: 1             # optional: 1, 2 or 3 (see LaunchTier)
///     link: https://...            # optional
///     note: Embargo until 9:00 ET  # optional
/// ```
struct Checklist: Hashable, Sendable {
    var items: [ChecklistItem]
    /// The file the checklist was read from, as shown in messages.
    var file: String?

    init(items: [ChecklistItem], file: String? = nil) {
        self.items = items
        self.file = file
    }

    func item(id: String) -> ChecklistItem? {
        items.first { $0.id == id }
    }
}

/// One line of the launch checklist.
struct ChecklistItem: Hashable, Sendable {
    enum Status: String, Hashable, Sendable, CaseIterable {
        case todo, doing, done
        case notApplicable = "n-a"

        /// Done, or deliberately not needed for this launch: nothing is left to do.
        var isClosed: Bool { self == .done || self == .notApplicable }

        /// How a person says it.
        var title: String {
            switch self {
            case .todo: "To do"
            case .doing: "In progress"
            case .done: "Done"
            case .notApplicable: "Not applicable"
            }
        }
    }

    var id: String
    var title: String
    var owner: String
    var due: CalendarDate
    var status: Status
    /// The smallest launch (highest tier number) that requires the item, when the item says so.
    var requiredFrom: Int?
    var link: String?
    var note: String?
    /// Where the item starts in the checklist file.
    var location: SourceLocation?

    init(
        id: String, title: String, owner: String, due: CalendarDate, status: Status, requiredFrom: Int? = nil,
        link: String? = nil, note: String? = nil, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.due = due
        self.status = status
        self.requiredFrom = requiredFrom
        self.link = link
        self.note = note
        self.location = location
    }

    /// Still open on a day after its due date: `due` later than the release date means it cannot be
    /// done by launch. Judged against the release date, never the clock, so a packet is reproducible.
    func isOverdue(releaseDate: CalendarDate) -> Bool {
        !status.isClosed && due > releaseDate
    }
}
