/// The HTML-like token stream Vale's linter walks: Vale renders Markdown to HTML (goldmark) and
/// walks the HTML tokens; LaunchKit produces the same sequence of tags directly from its
/// Markdown parser, with source positions attached to the text.
enum MarkupEvent {
    /// A start tag; `alt` carries an image's alternative text with its source positions.
    case start(String, attributes: [String: String], alt: MappedText?)
    /// A self-closing tag written in raw HTML (`<br/>`); Vale's walker treats it as neither a
    /// start nor an end, except that it still lints an image's `alt`.
    case selfClosing(String, attributes: [String: String], alt: MappedText?)
    case end(String)
    case text(MappedText)
    case comment(String)

    static func start(_ tag: String, _ attributes: [String: String] = [:]) -> MarkupEvent {
        .start(tag, attributes: attributes, alt: nil)
    }
}
