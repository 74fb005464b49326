extension TemplateNode {
    /// A position in a template file, 1-based.
    struct Position: Sendable, Equatable {
        var file: String
        var line: Int
        var column: Int
    }
}
