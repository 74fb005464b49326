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
}

extension TemplateNode {
    /// Where the node's tag is, for errors about it.
    var position: Position? {
        switch self {
        case .interpolation(let tag, _), .section(let tag, _, _): tag.position
        case .partial(_, let at), .dynamicPartial(_, let at), .parent(_, _, let at, _), .block(_, let at, _): at
        }
    }
}
