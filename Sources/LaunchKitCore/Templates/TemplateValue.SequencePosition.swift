import Mustache

extension TemplateValue {
    /// Where a list section is, for `{{ first() }}`, `{{ index() }}`… (swift-mustache's own
    /// `MustacheSequenceContext` is internal; this one stands in for it in the check).
    struct SequencePosition: MustacheTransformable {
        var first: Bool
        var last: Bool
        var index: Int

        func transform(_ name: String) -> Any? { TemplateHelper.apply(name, to: self).value }
    }
}
