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
        /// The dotted name's parts, split once here rather than at every lookup.
        let parts: [String]

        init(name: String, transforms: [String], position: Position, transformPositions: [Position]) {
            self.name = name
            self.transforms = transforms
            self.position = position
            self.transformPositions = transformPositions
            self.parts = name.split(separator: ".").map(String.init)
        }

        /// The tag as written between the delimiters, without the sigil: `cell(persona.role)`.
        var spelled: String {
            spelled(applying: transforms.count)
        }

        /// The name inside its innermost `count` transforms: `lowercased(x)` for 1 in
        /// `cell(lowercased(x))`.
        func spelled(applying count: Int) -> String {
            let applied = transforms.suffix(count)
            return applied.reduce("") { $0 + $1 + "(" } + name + String(repeating: ")", count: applied.count)
        }
    }
}
