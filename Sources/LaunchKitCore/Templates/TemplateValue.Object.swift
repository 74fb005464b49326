import Mustache

extension TemplateValue {
    /// A `[String: …]` dictionary, struct or class: names to values.
    struct Object: MustacheParent {
        var fields: [String: Any]
        /// Names the view model has but set to nil, so an error can say "is nil" rather than
        /// "does not exist".
        var nilKeys: Set<String>

        func child(named name: String) -> Any? { fields[name] }

        var names: [String] { fields.keys.sorted() }
    }
}
