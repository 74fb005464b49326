import Foundation
import Mustache

/// The view model as templates see it: a tree of `Object`, `List`, `Text` and `Bool`, built from
/// whatever a stage passes to `TemplateLibrary.render`.
///
/// Both the missing-value check and swift-mustache read this tree, so they agree on every lookup:
/// an object answers names through `MustacheParent`, a list is a `MustacheSequence`, text renders
/// through `MustacheCustomRenderable` and carries the Markdown helpers as `MustacheTransformable`.
///
/// What a view model may hold (`normalize` throws `.unsupportedViewModel` for anything else):
/// - `nil` (an `Optional.none`, `NSNull`): no value. A key holding nil is absent, so `{{key}}` is an
///   error and `{{#key}}` is false; lookup goes on to enclosing contexts, as in swift-mustache.
/// - `Bool`: a section condition; interpolates as `true` / `false`.
/// - `String`, `Substring`, `Character`, integers, floating-point numbers, `Decimal`, `URL`, and any
///   `LosslessStringConvertible` or `RawRepresentable` value: text (its `description` or raw value).
///   Empty text is false in a section, like an empty list.
/// - Arrays: lists, in order. A nil element is an error (say what it should print instead).
/// - `[String: Any]` dictionaries, structs and classes (their stored properties, by name: what
///   `Mirror` lists, read through `StructLayout` for plain structs): objects.
/// - Not supported: `Set` and dictionaries in list position (no stable order), dictionaries with
///   non-string keys, `Date` (format it: the packet must not depend on the clock or the time zone),
///   closures and lambdas, tuples, enums with associated values, nesting deeper than
///   `maximumDepth`.
enum TemplateValue {
    static let maximumDepth = 100
    /// Well above a 50,000-message kit's messages page (about 5 million values), so only a runaway
    /// view model (an external stage's output gone wrong) meets it, with an error instead of
    /// exhausting memory.
    static let maximumCount = 20_000_000

    /// Converts a view model into the template tree.
    ///
    /// - Returns: the tree, or nil when `value` itself is nil.
    /// - Throws: `TemplateError` `.unsupportedViewModel`, naming the path of the value
    ///   (`personas[2].tags`).
    static func normalize(_ value: Any) throws(TemplateError) -> Any? {
        var conversion = Conversion()
        return try conversion.normalize(value)
    }

    /// What a value is, in a person's words, for error messages.
    static func kind(of value: Any) -> String {
        switch value {
        case is Object: "an object"
        case is List: "a list"
        case is Text: "text"
        case is Bool: "a true/false value"
        case is any BinaryInteger: "a number"
        case is SequencePosition: "a list position"
        default: "a \(type(of: value))"
        }
    }
}
