import LaunchKitCore

/// One persona as a reader found it, before validation: each field's value with where it was
/// written. YAML, JSON and CSV readers all produce records, so one builder validates them alike.
struct PersonaRecord: Sendable {
    /// A field's value as written, already shaped by the field's type (a list field holds a list).
    enum Value: Sendable, Equatable {
        case text(String)
        case list([String])

        /// True when nothing was written (an empty cell, `~`, an empty list).
        var isEmpty: Bool {
            switch self {
            case .text(let text): text.isEmpty
            case .list(let items): items.isEmpty
            }
        }
    }

    struct Entry: Sendable {
        var field: PersonaField
        var value: Value
        /// Where the value is written (for CSV: its cell).
        var location: SourceLocation
    }

    /// Where the persona starts: its mapping in YAML, its row in CSV.
    var location: SourceLocation
    /// The kind its source declares (`buyers:` or `channels:`); nil for a `personas:` source, where
    /// each persona says its kind.
    var sourceKind: PersonaKind?
    /// Known fields in the order written.
    var entries: [Entry] = []
    /// Where each field would be written when it is absent: the empty cell of its column in a CSV
    /// row. YAML records leave it empty (a missing key points at the persona).
    var placeholders: [String: SourceLocation] = [:]
    /// True when the persona has no content at all, counting unknown keys and columns.
    var isBlank = true
    /// Fields whose value a reader already reported as unreadable (a list where text belongs), so
    /// the builder does not report them again as missing.
    var unreadable: Set<String> = []

    init(location: SourceLocation, sourceKind: PersonaKind?) {
        self.location = location
        self.sourceKind = sourceKind
    }

    func entry(_ field: PersonaField) -> Entry? {
        entries.first { $0.field == field }
    }

    /// The text of a text field, nil when absent or empty.
    func text(_ field: PersonaField) -> String? {
        guard case .text(let text)? = entry(field)?.value, !text.isEmpty else { return nil }
        return text
    }

    /// The items of a list field, empty when absent.
    func list(_ field: PersonaField) -> [String] {
        guard case .list(let items)? = entry(field)?.value else { return [] }
        return items
    }

    /// Where to point when `field` is missing: its empty cell, or else the persona itself.
    func location(of field: PersonaField) -> SourceLocation {
        entry(field)?.location ?? placeholders[field.name] ?? location
    }
}
