/// A located problem with a template: a syntax error, a name with no value in the view model, an
/// unknown partial or helper, a view model the library cannot read, or an unreadable template file.
///
/// The template layer knows nothing of diagnostics; the core turns these into its own diagnostic
/// values. `description` is the compiler form editors and CI jump to:
///
/// ```
/// templates/battlecard.mustache:12:5: error: no value for 'pricing_notes'; did you mean 'pricing_note'?
/// ```
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The template text is not valid Mustache (an unclosed section, a malformed tag…).
        case syntax
        /// An interpolation names a value the view model does not have (or has as nil).
        case missingValue
        /// A value is there but cannot be written as text (an object or a list in `{{x}}`), or a
        /// helper does not apply to it.
        case invalidValue
        /// A helper such as `cell(…)` that does not exist.
        case unknownHelper
        /// A template or partial that is not in the library.
        case unknownTemplate
        /// The view model holds a value of a shape templates cannot use (a `Set`, a closure, a
        /// `Date`…), or nests too deep. Raised before any template is read, so it has no line.
        case unsupportedViewModel
        /// Partials include each other deeper than the library allows (a partial that includes itself
        /// whatever the data).
        case recursion
        /// A template file could not be read (missing folder, not UTF-8…).
        case io
    }

    public var kind: Kind
    /// The template's path as shown to a person (`templates/battlecard.mustache`), or an empty string
    /// when the problem is not in a template (a view model with an unsupported value).
    public var file: String
    /// 1-based line of the offending tag; 0 when there is no position.
    public var line: Int
    /// 1-based column, counted in Unicode scalars like the YAML binding does; 0 when there is no
    /// position.
    public var column: Int
    /// Lower-case, quotes the offending text in single quotes, no trailing period.
    public var message: String
    /// A fix a person can try ("did you mean 'pricing_note'?"), printed after the message.
    public var suggestion: String?

    public init(
        _ kind: Kind,
        _ message: String,
        file: String,
        line: Int = 0,
        column: Int = 0,
        suggestion: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.suggestion = suggestion
    }

    /// `file:line:column: error: message; suggestion`, leaving out what is unknown.
    public var description: String {
        var location = file.isEmpty ? "<view model>" : file
        if line > 0 {
            location += ":\(line)"
            if column > 0 { location += ":\(column)" }
        }
        var text = "\(location): error: \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}
