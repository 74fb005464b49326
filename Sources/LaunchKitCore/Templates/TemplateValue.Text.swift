import Mustache

extension TemplateValue {
    /// Text, and numbers as text.
    struct Text: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
        var text: String
        /// The integer this text was made from, or `Int.min` for none.
        ///
        /// Not an `Int?`: with its extra byte the struct would be 25 bytes, one more than fits
        /// inline in an `Any`, and every text of a view model would cost a heap box (264,000 of
        /// them, 11 MB, for a 10,000-message page). `Int.min` stays text (the number helpers
        /// would overflow on it anyway).
        private var storedInteger: Int

        /// The integer this text was made from, for the engine's number helpers (`plusone`…).
        var integer: Int? { storedInteger == .min ? nil : storedInteger }

        init(_ text: String, integer: Int? = nil) {
            self.text = text
            self.storedInteger = integer ?? .min
        }

        var renderText: String { text }

        /// Empty text is false in a section, so `{{#notes}}Notes: {{notes}}{{/notes}}` leaves out a
        /// blank field (swift-mustache alone would render "Notes: ").
        var isNull: Bool { text.isEmpty }

        func child(named name: String) -> Any? { nil }

        func transform(_ name: String) -> Any? { TemplateHelper.apply(name, toText: self).value }
    }
}
