import Mustache

extension TemplateValue {
    /// Text, and numbers as text.
    struct Text: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
        var text: String
        /// The integer this text was made from, for the engine's number helpers (`plusone`…).
        var integer: Int?

        init(_ text: String, integer: Int? = nil) {
            self.text = text
            self.integer = integer
        }

        var renderText: String { text }

        /// Empty text is false in a section, so `{{#notes}}Notes: {{notes}}{{/notes}}` leaves out a
        /// blank field (swift-mustache alone would render "Notes: ").
        var isNull: Bool { text.isEmpty }

        func child(named name: String) -> Any? { nil }

        func transform(_ name: String) -> Any? { TemplateHelper.apply(name, toText: self).value }
    }
}
