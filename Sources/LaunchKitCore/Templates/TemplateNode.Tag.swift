extension TemplateNode {
    /// The name part of a tag: `cell(persona.role)` is the name `persona.role` with the transform
    /// `cell`; `cell(lowercased(x))` has transforms `["cell", "lowercased"]`, applied innermost first.
    struct Tag: Sendable {
        var name: String
        var transforms: [String]
        /// Where the name starts.
        var position: Position
        /// Where each transform's name starts, parallel to `transforms`.
        var transformPositions: [Position]

        /// The tag as written between the delimiters, without the sigil: `cell(persona.role)`.
        var spelled: String {
            transforms.reduce("") { $0 + $1 + "(" } + name + String(repeating: ")", count: transforms.count)
        }
    }
}
