/// A link from one sheet to another in the same folder, as templates write it:
/// `[{{ line(title) }}]({{file}})`.
struct SheetLink: Hashable, Sendable {
    let title: String
    let file: String
}
