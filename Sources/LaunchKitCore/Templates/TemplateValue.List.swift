import Mustache

extension TemplateValue {
    /// An array: a section renders once per item.
    struct List: MustacheSequence, MustacheParent, MustacheTransformable {
        var items: [Any]

        init(_ items: [Any]) { self.items = items }

        func makeIterator() -> IndexingIterator<[Any]> { items.makeIterator() }

        /// A list has no named children; without this the engine would read its stored properties
        /// through `Mirror` and a template could see `items`.
        func child(named name: String) -> Any? { nil }

        func transform(_ name: String) -> Any? { TemplateHelper.apply(name, toList: self).value }

        /// The items' text, for helpers that apply to a list of text only.
        var texts: [String] { items.compactMap { ($0 as? TemplateValue.Text)?.text } }
    }
}
