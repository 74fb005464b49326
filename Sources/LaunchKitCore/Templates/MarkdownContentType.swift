import Mustache

/// How `{{x}}` writes a value into Markdown: no HTML escaping (`&`, quotes and `>` stay as written,
/// so "AT&T" is not "AT&amp;T"), only raw HTML tags neutralised (`<script>` → `&lt;script>`).
/// `{{{x}}}` and `{{&x}}` bypass it, as in any Mustache content type.
///
/// swift-mustache has no library-wide switch and resets the content type to HTML in every partial,
/// so `TemplateLibrary` starts each template it compiles with the pragma line `pragmaLine`.
struct MarkdownContentType: MustacheContentType {
    /// The name the pragma refers to; prefixed so it cannot clash with another registration in the
    /// same process (the engine's registry is global).
    static let name = "LAUNCHKIT_MARKDOWN"

    /// A standalone tag on a line of its own: the engine removes it with its line break, so the
    /// template's own first line keeps its standalone status and its text. It shifts the engine's
    /// line numbers by one, which `TemplateLibrary` takes back.
    static let pragmaLine = "{{%CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String {
        MarkdownText.neutralizingHTML(text)
    }

    /// Registers the content type once per process, before any template that names it is parsed.
    static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()
}
