import Foundation
import LaunchKitYAML
import Mustache

/// The named Mustache templates LaunchKit renders Markdown from: built-in defaults, overridden file
/// by file from a user's folder, with partials, Markdown output and located errors.
///
/// A template is named after its file without `.mustache` (`battlecard.mustache` is `battlecard`;
/// `partials/persona.mustache` is `partials/persona`), and that name is also how other templates
/// include it: `{{> persona-section}}`. A user file replaces the default of the same name; defaults
/// the user did not replace stay, so a user partial can serve a default template and the other way
/// round.
///
/// Output is Markdown, so there is no HTML escaping: `{{x}}` writes text as it is except for raw
/// HTML tags, which are neutralised (`<script>` → `&lt;script>`, see `MarkdownText.neutralizingHTML`);
/// `{{{x}}}` and `{{&x}}` write it untouched, for Markdown a stage built itself. Markdown-safe
/// helpers are below. A template may still switch for the rest of its own text with
/// `{{%CONTENT_TYPE: TEXT}}` (nothing neutralised) or `{{%CONTENT_TYPE: HTML}}`.
///
/// A missing value is an error, not a blank: `render` first walks the template against the view
/// model and throws `templates/battlecard.mustache:12:5: error: no value for 'pricing_notes'` for an
/// interpolation whose name has no value (or a nil one). Sections are how a template handles
/// optional data: `{{#pricing_notes}}Pricing: {{pricing_notes}}{{/pricing_notes}}` is fine when
/// `pricing_notes` is nil, false, empty text or an empty list, and `{{^x}}…{{/x}}` renders exactly
/// then. Syntax errors, unknown partials and unknown helpers are found when the library is made.
///
/// Helpers: a template calls them on a value like a function: `{{ cell(objection) }}`,
/// `{{ bullets(strengths) }}`, `{{ slug(name) }}`; they nest, innermost first:
/// `{{ cell(uppercased(name)) }}`. They are swift-mustache transforms, so they read well inside a
/// tag and work in sections too (`{{#first(proof_points)}}…{{/first(proof_points)}}`).
///
/// | helper | on | gives |
/// | --- | --- | --- |
/// | `cell(x)` | text, list of text | one Markdown table cell: `\|` escaped, line breaks as `<br>`, list items joined by `<br>` |
/// | `line(x)` | text | one line: every run of spaces and line breaks becomes one space (for headings, list items) |
/// | `slug(x)` | text | a file-name-safe slug: `Acme Corp.` → `acme-corp` |
/// | `bullets(x)` | list of text | a Markdown bullet list, one `- item` per line, no trailing newline |
/// | `numbered(x)` | list of text | a numbered list `1. item` |
/// | `joined(x)` | list of text | items joined by `, ` |
/// | `count(x)`, `empty(x)` | list (`empty` also text) | a number, a true/false value |
/// | `first(x)`, `last(x)`, `reversed(x)`, `sorted(x)` | list (`sorted`: of text) | an item, a list |
/// | `lowercased(x)`, `uppercased(x)`, `capitalized(x)` | text | text |
/// | `plusone(x)`, `minusone(x)`, `even(x)`, `odd(x)`, `equalzero(x)` | number | a number, true/false |
/// | `first()`, `last()`, `index()`, `even()`, `odd()` | nothing, inside a list section | where the item is |
///
/// Their results are text again, so `{{x}}` neutralises HTML in them too (`<br>` is let through).
/// A helper that does not exist is an error when the library is made; one given the wrong kind of
/// value (`bullets` of text) is an error when rendering.
///
/// ```mustache
/// | Objection | Answer |
/// | --- | --- |
/// {{#objections}}
/// | {{ cell(objection) }} | {{ cell(answer) }} |
/// {{/objections}}
///
/// ## Why we win
/// {{ bullets(why_we_win) }}
/// ```
///
/// The library is immutable and `Sendable`: make it once per build and render from any task.
public struct TemplateLibrary: Sendable {
    /// The extension of template files; other files are ignored.
    public static let fileExtension = "mustache"

    private let templates: [String: TemplateChecker.Template]
    private let engine: MustacheLibrary

    /// Makes a library from default templates and, optionally, a folder of user templates.
    ///
    /// - Parameters:
    ///   - defaults: the built-in templates, file name (`battlecard.mustache`, or a path relative to
    ///     the defaults folder) to text. Entries not ending in `.mustache` are ignored.
    ///   - overrides: a folder whose `.mustache` files, in it or in subfolders, replace defaults of the
    ///     same relative path and add new templates. Errors show its files under this URL's
    ///     `relativePath`, so pass a relative URL to get relative paths in messages.
    ///   - defaultsPath: the folder errors show for default templates.
    /// - Throws: `TemplateError` `.io` when the folder or a file cannot be read or is not UTF-8;
    ///   `.syntax`, `.unknownTemplate`, `.unknownHelper` for the first template (by name) with such
    ///   a problem.
    public init(defaults: [String: String], overrides: URL?, defaultsPath: String = "Templates/default") throws(TemplateError) {
        guard let overrides else {
            try self.init(defaults: defaults, overrideFiles: [:], defaultsPath: defaultsPath)
            return
        }
        try self.init(
            defaults: defaults,
            overrideFiles: try Self.readTemplateFiles(in: overrides),
            overridesPath: overrides.relativePath,
            defaultsPath: defaultsPath
        )
    }

    /// Makes a library from default and user templates given as text, so tests and callers that
    /// already read the files need no file system.
    ///
    /// - Parameters:
    ///   - defaults: file name to text, as in `init(defaults:overrides:defaultsPath:)`.
    ///   - overrideFiles: the user's templates, file name relative to their folder to text.
    ///   - overridesPath: the folder errors show for user templates.
    ///   - defaultsPath: the folder errors show for default templates.
    /// - Throws: as `init(defaults:overrides:defaultsPath:)`, except `.io`.
    public init(
        defaults: [String: String],
        overrideFiles: [String: String],
        overridesPath: String = "templates",
        defaultsPath: String = "Templates/default"
    ) throws(TemplateError) {
        var sources: [String: (path: String, text: String)] = [:]
        for (file, text) in defaults {
            guard let name = Self.templateName(file) else { continue }
            sources[name] = (Self.join(defaultsPath, file), text)
        }
        for (file, text) in overrideFiles {
            guard let name = Self.templateName(file) else { continue }
            sources[name] = (Self.join(overridesPath, file), text)
        }

        _ = MarkdownContentType.registration
        var templates: [String: TemplateChecker.Template] = [:]
        var compiled: [String: MustacheTemplate] = [:]
        for name in sources.keys.sorted() {
            let (path, text) = sources[name]!
            // Our scanner first: it knows where an unclosed section opened. The engine's parse
            // second, as the authority on what it will render.
            let nodes = try TemplateScanner.parse(text, file: path)
            compiled[name] = try Self.compile(text, path: path)
            templates[name] = TemplateChecker.Template(path: path, nodes: nodes)
        }
        try TemplateChecker.validate(templates)
        self.templates = templates
        self.engine = MustacheLibrary(templates: compiled)
    }

    /// The template names, sorted: file names without `.mustache`.
    public var names: [String] { templates.keys.sorted() }

    /// Where template `name` came from, as errors show it (`templates/battlecard.mustache` for a
    /// user's file, `Templates/default/cheat-sheet.mustache` for a default), or nil if there is none.
    public func path(of name: String) -> String? {
        templates[Self.templateName(name) ?? name]?.path
    }

    /// Renders template `name` with a view model, after checking every value it interpolates exists.
    ///
    /// View models are explicit values a stage builds for one page: `[String: Any]` dictionaries,
    /// structs and classes (their stored properties by name), arrays, text, numbers, `Bool`, and
    /// optionals (nil is "no value"). `Set`, `Date`, closures and tuples are refused: they have no
    /// stable or single Markdown form. The same view model always renders the same bytes.
    ///
    /// - Parameters:
    ///   - name: the template's name (`battlecard`; `battlecard.mustache` is accepted too).
    ///   - viewModel: the values the template reads.
    /// - Returns: the rendered Markdown.
    /// - Throws: `TemplateError`: `.unknownTemplate` when there is no such template; `.missingValue`
    ///   for the first interpolation (in rendering order, through partials and list items) whose
    ///   name has no value, at its `file:line:column`, with the nearest existing name as a suggestion;
    ///   `.invalidValue` for an object or list interpolated as text or a helper given the wrong kind
    ///   of value; `.recursion`; `.unsupportedViewModel` for a value of a shape listed above as
    ///   refused.
    public func render(_ name: String, _ viewModel: Any) throws(TemplateError) -> String {
        let key = Self.templateName(name) ?? name
        guard let template = templates[key] else {
            throw TemplateError(
                .unknownTemplate,
                "no template named '\(name)'",
                file: "",
                suggestion: NearestMatch.find(key, in: names).map { "did you mean '\($0)'?" }
            )
        }
        let root = try TemplateValue.normalize(viewModel) ?? TemplateValue.Object(fields: [:])
        try TemplateChecker(templates: templates).check(template, root: root)
        guard let text = engine.render(root, withTemplate: key) else {
            preconditionFailure("template '\(key)' is checked but missing from the engine's library")
        }
        return text
    }

    // MARK: - Names and files

    /// `battlecard.mustache` → `battlecard`; nil for other files.
    private static func templateName(_ file: String) -> String? {
        let suffix = "." + fileExtension
        guard file.hasSuffix(suffix), file.count > suffix.count else { return nil }
        return String(file.dropLast(suffix.count))
    }

    private static func join(_ folder: String, _ file: String) -> String {
        if folder.isEmpty { return file }
        return folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }

    /// Compiles with swift-mustache behind the Markdown content type pragma.
    private static func compile(_ text: String, path: String) throws(TemplateError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: MarkdownContentType.pragmaLine + text)
        } catch let error as MustacheTemplate.ParserError {
            // The pragma line is line 1 of what the engine parsed.
            let known = error.error is MustacheTemplate.Error
            throw TemplateError(
                .syntax,
                known ? Self.describe(error.error) : "unexpected end of template after '\(text.last.map(String.init) ?? "")'",
                file: path,
                line: max(1, error.context.lineNumber - 1),
                column: error.context.columnNumber,
                // swift-mustache runs out of text when the last character could start a delimiter
                // (a final `{`) instead of reading it as text.
                suggestion: known ? nil : "end the template with a line break"
            )
        } catch {
            throw TemplateError(.syntax, "template does not parse: \(error)", file: path)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "closing tag does not match the open section"
        case .unfinishedName: "malformed tag"
        case .expectedSectionEnd: "unclosed section"
        case .invalidSetDelimiter: "malformed set-delimiter tag"
        case .transformAppliedToInheritanceSection: "a block cannot have a helper"
        case .illegalTokenInsideInheritSection: "tag inside a parent tag that is not a block"
        case .textInsideInheritSection: "text inside a parent tag"
        case .invalidConfigVariableSyntax: "malformed pragma"
        case .unrecognisedConfigVariable: "unknown pragma or content type"
        case nil: "unexpected end of template"
        }
    }
}
