import LaunchKitYAML
import Mustache

/// Finds what swift-mustache would render as silent blanks, before it renders: an interpolation
/// whose name has no value, an object or list interpolated as text, a helper that does not apply, a
/// partial that is not there.
///
/// It walks a template's tags against the view model the way the engine renders them (swift-mustache
/// 2.1.1's `MustacheContext` and `getChild`): a context stack searched from the innermost object
/// out, with a dotted name's first part found anywhere on the stack and its further parts only
/// inside that value (`{{a.b}}` does not climb again after finding `a`); `.` for the current value;
/// a leading `.` for the innermost object only; list sections once per item, other values pushed on
/// the stack, `true` without a push; inverted sections only when their value is missing or false;
/// partials with the same stack, block overrides passed down (the outer one winning). Because the
/// walk goes where the rendering goes, every item of a list is checked, and a section whose value
/// is missing or false is not entered: its tags are only checked statically (`validate`).
struct TemplateChecker {
    /// A parsed template: what the check walks.
    struct Template: Sendable {
        var path: String
        var nodes: [TemplateNode]
    }

    /// Partials may nest this deep (the engine has no limit and overflows the stack on a partial
    /// that includes itself whatever the data).
    static let maximumPartialDepth = 200

    let templates: [String: Template]

    // MARK: - Static checks

    /// Checks what does not depend on the data: every partial and parent exists, every helper is
    /// one there is, no partial name comes from the data.
    static func validate(_ templates: [String: Template]) throws(TemplateError) {
        for name in templates.keys.sorted() {
            try validate(templates[name]!.nodes, templates)
        }
    }

    private static func validate(_ nodes: [TemplateNode], _ templates: [String: Template]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .interpolation(let tag, _):
                try validateHelpers(tag)
            case .section(let tag, _, let body):
                try validateHelpers(tag)
                try validate(body, templates)
            case .partial(let name, let at):
                try requireTemplate(name, at: at, templates)
            case .dynamicPartial(let name, let at):
                throw dynamicName("{{>*\(name)}}", at: at)
            case .parent(let name, let dynamic, let at, let blocks):
                if dynamic { throw dynamicName("{{<*\(name)}}", at: at) }
                try requireTemplate(name, at: at, templates)
                for blockName in blocks.keys.sorted() {
                    try validate(blocks[blockName]!, templates)
                }
            case .block(_, _, let body):
                try validate(body, templates)
            }
        }
    }

    private static func validateHelpers(_ tag: TemplateNode.Tag) throws(TemplateError) {
        for (helper, position) in zip(tag.transforms, tag.transformPositions) where TemplateHelper.needs[helper] == nil {
            let suggestion = NearestMatch.find(helper, in: TemplateHelper.names).map { "did you mean '\($0)'?" }
                ?? "the helpers are \(TemplateHelper.names.map { "'\($0)'" }.joined(separator: ", "))"
            throw TemplateError(.unknownHelper, "unknown helper '\(helper)'", at: position, suggestion: suggestion)
        }
    }

    private static func requireTemplate(_ name: String, at position: TemplateNode.Position, _ templates: [String: Template]) throws(TemplateError) {
        guard templates[name] == nil else { return }
        throw TemplateError(
            .unknownTemplate,
            "no template named '\(name)'",
            at: position,
            suggestion: NearestMatch.find(name, in: templates.keys.sorted()).map { "did you mean '\($0)'?" }
                ?? "a partial is another template file of the library, named without '.mustache'"
        )
    }

    private static func dynamicName(_ tag: String, at position: TemplateNode.Position) -> TemplateError {
        TemplateError(
            .syntax,
            "partial names from the view model ('\(tag)') are not supported",
            at: position,
            suggestion: "name the partial, so the library can check it exists; choose between partials with sections"
        )
    }

    // MARK: - Walking the view model

    /// Where the walk is. One scope is changed and restored around each section and partial, so
    /// walking a list of 10,000 items copies nothing per item.
    private struct Scope {
        var stack: [Any]
        /// Set for the items of a list section, cleared by anything the engine builds a new context for.
        var position: TemplateValue.SequencePosition?
        var inherited: [String: [TemplateNode]]?
        var depth = 0
        /// Where the walk is in the view model, spelled only for messages: `competitors[1].objections[0]`.
        var trail: [Step] = []

        enum Step {
            /// A section's value, pushed as it is: `pricing`.
            case value(TemplateNode.Tag)
            /// A list section's item: `competitors[1]`.
            case item(TemplateNode.Tag, Int)
        }
    }

    /// Checks `template` against a normalised view model (`TemplateValue.normalize`).
    ///
    /// - Throws: the first problem in rendering order.
    func check(_ template: Template, root: Any) throws(TemplateError) {
        var scope = Scope(stack: [root])
        try walk(template.nodes, &scope)
    }

    private func walk(_ nodes: [TemplateNode], _ scope: inout Scope) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .interpolation(let tag, _):
                let value = try resolve(tag, in: scope, required: true)!
                if let object = value as? TemplateValue.Object {
                    let field = object.names.first ?? "name"
                    throw TemplateError(
                        .invalidValue, "'\(tag.spelled)' is an object, not text\(inside(scope))", at: tag.position,
                        suggestion: "write one of its fields, such as '{{\(tag.spelled == "." ? "" : tag.spelled + ".")\(field)}}'"
                    )
                }
                if value is TemplateValue.List {
                    throw TemplateError(
                        .invalidValue, "'\(tag.spelled)' is a list, not text\(inside(scope))", at: tag.position,
                        suggestion: "write '{{ bullets(\(tag.spelled)) }}', or repeat a part with '{{#\(tag.spelled)}}…{{/\(tag.spelled)}}'"
                    )
                }
            case .section(let tag, let inverted, let body):
                let value = try resolve(tag, in: scope, required: false)
                switch value {
                case let list as TemplateValue.List:
                    if inverted {
                        if list.items.isEmpty { try walk(body, &scope, pushing: list, step: nil, position: nil) }
                    } else {
                        for (index, item) in list.items.enumerated() {
                            let position = TemplateValue.SequencePosition(first: index == 0, last: index == list.items.count - 1, index: index)
                            try walk(body, &scope, pushing: item, step: .item(tag, index), position: position)
                        }
                    }
                case let bool as Bool:
                    if bool != inverted { try walk(body, &scope) }
                case let text as TemplateValue.Text where text.isNull:
                    if inverted { try walk(body, &scope) }
                case .some(let value):
                    if !inverted { try walk(body, &scope, pushing: value, step: tag.name == "." ? nil : .value(tag), position: nil) }
                case .none:
                    if inverted { try walk(body, &scope) }
                }
            case .partial(let name, let at):
                guard let template = templates[name] else {
                    try Self.requireTemplate(name, at: at, templates)
                    continue
                }
                try walk(template.nodes, &scope, nestedAt: at, name: name, inheriting: nil)
            case .parent(let name, _, let at, let blocks):
                guard let template = templates[name] else {
                    try Self.requireTemplate(name, at: at, templates)
                    continue
                }
                try walk(template.nodes, &scope, nestedAt: at, name: name, inheriting: blocks)
            case .block(let name, _, let defaultBody):
                let position = scope.position
                defer { scope.position = position }
                scope.position = nil
                try walk(scope.inherited?[name] ?? defaultBody, &scope)
            case .dynamicPartial(let name, let at):
                throw Self.dynamicName("{{>*\(name)}}", at: at)
            }
        }
    }

    /// Walks a section's body with its value on the stack (the engine's `withObject` and
    /// `withSequence`).
    private func walk(
        _ nodes: [TemplateNode], _ scope: inout Scope, pushing value: Any, step: Scope.Step?, position: TemplateValue.SequencePosition?
    ) throws(TemplateError) {
        let outerPosition = scope.position
        scope.stack.append(value)
        if let step { scope.trail.append(step) }
        scope.position = position
        defer {
            scope.stack.removeLast()
            if step != nil { scope.trail.removeLast() }
            scope.position = outerPosition
        }
        try walk(nodes, &scope)
    }

    /// Walks a partial in the scope the engine gives it (`withPartial`).
    private func walk(
        _ nodes: [TemplateNode], _ scope: inout Scope, nestedAt position: TemplateNode.Position, name: String,
        inheriting blocks: [String: [TemplateNode]]?
    ) throws(TemplateError) {
        guard scope.depth < Self.maximumPartialDepth else {
            throw TemplateError(
                .recursion, "partials nest deeper than \(Self.maximumPartialDepth) levels at '\(name)'", at: position,
                suggestion: "does '\(name)' include itself outside a section that ends?"
            )
        }
        let outer = (position: scope.position, inherited: scope.inherited)
        scope.depth += 1
        scope.position = nil
        if let blocks {
            scope.inherited = (scope.inherited ?? [:]).merging(blocks) { outer, _ in outer }
        }
        defer {
            scope.depth -= 1
            scope.position = outer.position
            scope.inherited = outer.inherited
        }
        try walk(nodes, &scope)
    }

    // MARK: - Lookup

    /// The value of a tag's name after its helpers, as the engine's `getChild` finds it.
    ///
    /// An interpolation only needs to know that its helpers apply and give text, not the text
    /// they give: there, helpers that make text from text are not run (the engine runs them once,
    /// when it renders). A section's value decides what is rendered, so there they are run.
    ///
    /// - Parameter required: whether a missing value is an error (an interpolation) or false (a
    ///   section).
    /// - Returns: the value, or nil when it is missing and not `required`.
    private func resolve(_ tag: TemplateNode.Tag, in scope: Scope, required: Bool) throws(TemplateError) -> Any? {
        /// Names the value the lookup was for: `pricing_notes` in `{{ cell(pricing_notes) }}`, but the
        /// whole call when a helper gave nothing or there is no name (`index()`). For a section the
        /// value is just false, so the message and its suggestion are not even made.
        func missing(
            _ detail: @autoclosure () -> String = "", afterHelper: Bool = false, suggestion: @autoclosure () -> String?
        ) throws(TemplateError) -> Any? {
            guard required else { return nil }
            let named = afterHelper || tag.name.isEmpty
            throw TemplateError(
                .missingValue,
                "no value for '\(named ? tag.spelled : tag.name)'\(detail())\(inside(scope))",
                at: tag.name.isEmpty ? tag.transformPositions.first ?? tag.position : tag.position,
                suggestion: suggestion()
            )
        }

        var value: Any
        if tag.name == "." {
            value = scope.stack.last!
        } else if tag.name.isEmpty {
            // `{{ index() }}`: the engine's sequence context.
            guard let position = scope.position else {
                return try missing(" outside a list section", suggestion: "use it directly inside '{{#list}}…{{/list}}'")
            }
            value = position
        } else {
            let parts = tag.parts
            var next = 0
            if tag.name.hasPrefix(".") || parts.isEmpty {
                value = scope.stack.last!
            } else {
                guard let found = Self.child(parts[0], inStack: scope.stack) else {
                    // A section over a missing value is false, not an error: no message to build.
                    guard required else { return nil }
                    let objects = scope.stack.compactMap { $0 as? TemplateValue.Object }
                    if objects.contains(where: { $0.isNil(parts[0]) }) {
                        return try missing(suggestion: optionalHint(parts[0]))
                    }
                    let names = Set(objects.flatMap(\.names)).sorted()
                    return try missing(suggestion: NearestMatch.find(parts[0], in: names).map { "did you mean '\($0)'?" })
                }
                value = found
                next = 1
            }
            for index in parts.indices.dropFirst(next) {
                let part = parts[index]
                guard let child = Self.child(part, of: value) else {
                    guard required else { return nil }
                    let resolved = parts[..<index].joined(separator: ".")
                    guard let object = value as? TemplateValue.Object else {
                        return try missing(suggestion: "'\(resolved.isEmpty ? "." : resolved)' is \(TemplateValue.kind(of: value)), which has no fields")
                    }
                    if object.isNil(part) {
                        return try missing(suggestion: optionalHint(parts.joined(separator: ".")))
                    }
                    let prefix = resolved.isEmpty ? "" : resolved + "."
                    return try missing(suggestion: NearestMatch.find(part, in: object.names).map { "did you mean '\(prefix)\($0)'?" })
                }
                value = child
            }
        }

        // Helpers, innermost first.
        for (applied, index) in tag.transforms.indices.reversed().enumerated() {
            let helper = tag.transforms[index]
            switch TemplateHelper.apply(helper, to: value, computingText: !required) {
            case .value(let result):
                value = result
            case .noValue(let reason):
                return try missing(": \(reason)", afterHelper: true, suggestion: nil)
            case .notApplicable(let needs):
                let subject = tag.name.isEmpty && applied == 0 ? "the list position" : "'\(tag.spelled(applying: applied))'"
                throw TemplateError(
                    .invalidValue,
                    "helper '\(helper)' needs \(needs), but \(subject) is \(TemplateValue.kind(of: value))\(inside(scope))",
                    at: tag.transformPositions[index]
                )
            case .unknown:
                throw TemplateError(.unknownHelper, "unknown helper '\(helper)'", at: tag.transformPositions[index])
            }
        }
        return value
    }

    private func optionalHint(_ name: String) -> String {
        "it is nil here; show optional values with '{{#\(name)}}…{{/\(name)}}'"
    }

    /// ` in 'competitors[1].objections[0]'` when inside a section, for messages.
    private func inside(_ scope: Scope) -> String {
        guard !scope.trail.isEmpty else { return "" }
        let steps = scope.trail.map { step in
            switch step {
            case .value(let tag): tag.spelled
            case .item(let tag, let index): "\(tag.spelled)[\(index)]"
            }
        }
        return " in '\(steps.joined(separator: "."))'"
    }

    /// A name's first part, looked up from the innermost context out (the engine's `_getChildInStack`).
    private static func child(_ name: String, inStack stack: [Any]) -> Any? {
        for value in stack.reversed() {
            if let child = child(name, of: value) { return child }
        }
        return nil
    }

    /// One name on one value (the engine's `_getImmediateChild`).
    private static func child(_ name: String, of value: Any) -> Any? {
        // Objects first: most lookups are, and a cast to a type is cheaper than one to a protocol.
        if let object = value as? TemplateValue.Object { return object.child(named: name) }
        if let parent = value as? MustacheParent { return parent.child(named: name) }
        let child = Mirror(reflecting: value).children.first { $0.label == name }?.value
        guard let child, Mirror(reflecting: child).displayStyle == .optional else { return child }
        return Mirror(reflecting: child).children.first?.value
    }
}

extension TemplateError {
    init(_ kind: Kind, _ message: String, at position: TemplateNode.Position, suggestion: String? = nil) {
        self.init(kind, message, file: position.file, line: position.line, column: position.column, suggestion: suggestion)
    }
}
