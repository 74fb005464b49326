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
/// - `[String: Any]` dictionaries, structs and classes (their stored properties, by name, read with
///   `Mirror`): objects.
/// - Not supported: `Set` and dictionaries in list position (no stable order), dictionaries with
///   non-string keys, `Date` (format it: the packet must not depend on the clock or the time zone),
///   closures and lambdas, tuples, enums with associated values, nesting deeper than
///   `maximumDepth`.
enum TemplateValue {
    static let maximumDepth = 100
    static let maximumCount = 1_000_000

    /// Converts a view model into the template tree.
    ///
    /// - Returns: the tree, or nil when `value` itself is nil.
    /// - Throws: `TemplateError` `.unsupportedViewModel`, naming the path of the value
    ///   (`personas[2].tags`).
    static func normalize(_ value: Any) throws(TemplateError) -> Any? {
        var count = 0
        return try normalize(value, path: "", depth: 0, count: &count)
    }

    private static func normalize(_ value: Any, path: String, depth: Int, count: inout Int) throws(TemplateError) -> Any? {
        count += 1
        guard depth <= maximumDepth, count <= maximumCount else {
            throw unsupported(
                depth > maximumDepth
                    ? "view model nests deeper than \(maximumDepth) levels at \(quoted(path))"
                    : "view model holds more than \(maximumCount) values",
                suggestion: depth > maximumDepth ? "a class that refers back to itself?" : nil
            )
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return try normalize(wrapped, path: path, depth: depth, count: &count)
        }
        switch value {
        case is NSNull: return nil
        case let value as Bool: return value
        case let value as Text: return value
        case let value as Object: return value
        case let value as List: return value
        case let value as String: return Text(value)
        case let value as Substring: return Text(String(value))
        case let value as Int: return Text(String(value), integer: value)
        case let value as any BinaryInteger: return Text(String(describing: value), integer: Int(exactly: value))
        case let value as Decimal: return Text(value.description)
        case let value as URL: return Text(value.absoluteString)
        case is Date:
            throw unsupported(
                "\(quoted(path)) is a Date",
                suggestion: "format it as text in the view model, so the packet does not depend on the clock or the time zone"
            )
        case is MustacheLambda:
            throw unsupported("\(quoted(path)) is a lambda", suggestion: "compute the text in the view model")
        case let value as any LosslessStringConvertible: return Text(value.description)
        case let value as [String: Any]:
            var fields: [String: Any] = [:]
            var nilKeys: Set<String> = []
            for (key, element) in value {
                if let normalized = try normalize(element, path: join(path, key), depth: depth + 1, count: &count) {
                    fields[key] = normalized
                } else {
                    nilKeys.insert(key)
                }
            }
            return Object(fields: fields, nilKeys: nilKeys)
        case let value as any RawRepresentable:
            return try normalize(value.rawValue, path: path, depth: depth, count: &count)
        default:
            break
        }
        switch mirror.displayStyle {
        case .collection:
            var items: [Any] = []
            for (offset, child) in mirror.children.enumerated() {
                let itemPath = "\(path)[\(offset)]"
                guard let item = try normalize(child.value, path: itemPath, depth: depth + 1, count: &count) else {
                    throw unsupported("\(quoted(itemPath)) is nil", suggestion: "leave it out of the list, or give the text to print instead")
                }
                items.append(item)
            }
            return List(items)
        case .set:
            throw unsupported("\(quoted(path)) is a Set, whose order changes from run to run", suggestion: "pass a sorted array")
        case .dictionary:
            throw unsupported("\(quoted(path)) is a dictionary whose keys are not strings", suggestion: "use a [String: …] dictionary or a struct")
        case .struct, .class:
            var fields: [String: Any] = [:]
            var nilKeys: Set<String> = []
            // Superclass properties first, so a subclass's own property of the same name wins.
            var mirrors: [Mirror] = []
            var current: Mirror? = mirror
            while let m = current {
                mirrors.insert(m, at: 0)
                current = m.superclassMirror
            }
            for m in mirrors {
                for child in m.children {
                    guard let label = child.label else { continue }
                    if let normalized = try normalize(child.value, path: join(path, label), depth: depth + 1, count: &count) {
                        fields[label] = normalized
                        nilKeys.remove(label)
                    } else {
                        fields[label] = nil
                        nilKeys.insert(label)
                    }
                }
            }
            return Object(fields: fields, nilKeys: nilKeys)
        case .enum where mirror.children.isEmpty:
            return Text(String(describing: value))
        case .enum:
            throw unsupported("\(quoted(path)) is an enum case with associated values", suggestion: "pass its parts as fields")
        case .tuple:
            throw unsupported("\(quoted(path)) is a tuple", suggestion: "use a struct or a [String: …] dictionary")
        default:
            throw unsupported("\(quoted(path)) is a \(type(of: value)), which templates cannot read", suggestion: nil)
        }
    }

    private static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    private static func unsupported(_ message: String, suggestion: String?) -> TemplateError {
        TemplateError(.unsupportedViewModel, message, file: "", suggestion: suggestion)
    }

    /// `'personas[2].tags'`, or "the view model" for the root.
    private static func quoted(_ path: String) -> String {
        path.isEmpty ? "the view model" : "'\(path)'"
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
