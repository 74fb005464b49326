/// One tag of a parsed template that reads the view model or another template, with where it is.
///
/// Only what the missing-value check needs is kept: text, comments, pragmas and delimiter changes
/// leave no node. swift-mustache does the rendering from its own parse of the same text.
indirect enum TemplateNode: Sendable {
    /// `{{name}}` (`escaped`) or `{{{name}}}` / `{{&name}}`.
    case interpolation(Tag, escaped: Bool)
    /// `{{#name}}…{{/name}}` or, when `inverted`, `{{^name}}…{{/name}}`.
    case section(Tag, inverted: Bool, body: [TemplateNode])
    /// `{{>name}}`.
    case partial(name: String, at: Position)
    /// `{{>*name}}`: the partial's name comes from the view model.
    case dynamicPartial(name: String, at: Position)
    /// `{{<name}}{{$block}}…{{/block}}{{/name}}`: render `name` with some of its blocks replaced.
    case parent(name: String, dynamic: Bool, at: Position, blocks: [String: [TemplateNode]])
    /// `{{$name}}default{{/name}}` outside a parent tag: a block a child template may replace.
    case block(name: String, at: Position, defaultBody: [TemplateNode])

    /// A position in a template file, 1-based.
    struct Position: Sendable, Equatable {
        var file: String
        var line: Int
        var column: Int
    }

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
