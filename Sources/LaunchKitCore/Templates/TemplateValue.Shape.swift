import Foundation
import Mustache

extension TemplateValue {
    /// What a type of view-model value becomes in the template tree, decided by the dynamic casts
    /// below in this order (the order is the contract: a `RawRepresentable` struct is its raw value,
    /// not its fields). `Conversion` asks once per type.
    enum Shape {
        /// An `Optional`: look again at what it wraps.
        case optional
        /// `NSNull`: no value.
        case null
        case bool
        /// Already a value of the tree: `Text`, `Object`, `List`.
        case converted
        case string
        case substring
        case int
        /// Any other integer type, kept as a number for the engine's `plusone`…
        case integer
        case decimal
        case url
        case losslessString
        case rawRepresentable
        /// An enum: its case name, unless the case has associated values.
        case enumeration
        case stringKeyedDictionary
        /// An array or another collection, in order.
        case collection
        /// A struct or class: its stored properties, read through the layout when the type has one.
        case structure(StructLayout?)
        case refused(Refusal)

        enum Refusal {
            case date, lambda, set, nonStringKeys, enumWithAssociatedValues, tuple, other
        }

        /// Whether every value of `value`'s type has this shape, so it can be remembered per type.
        /// Not so for Objective-C objects (whether an `NSNumber` casts to `Bool` depends on its
        /// value), nor for a shape read from a custom mirror, which may describe each value
        /// differently (the standard library's collections and `Optional` have custom mirrors of
        /// one style).
        func isFixed(for value: Any) -> Bool {
            if type(of: value) is NSObject.Type { return false }
            switch self {
            case .optional, .collection, .structure, .enumeration, .refused(.set), .refused(.nonStringKeys), .refused(.tuple), .refused(.other):
                return !(value is CustomReflectable) || value is FixedMirror
            default:
                return true
            }
        }

        init(of value: Any) {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional {
                self = .optional
                return
            }
            switch value {
            // A test of the metatype: `value is NSNull` would bridge an array or a dictionary to an
            // Objective-C object first, copying it whole.
            case _ where type(of: value) is NSNull.Type: self = .null
            case is Bool: self = .bool
            case is Text, is Object, is List: self = .converted
            case is String: self = .string
            case is Substring: self = .substring
            case is Int: self = .int
            case is any BinaryInteger: self = .integer
            case is Decimal: self = .decimal
            case is URL: self = .url
            case is Date: self = .refused(.date)
            case is MustacheLambda: self = .refused(.lambda)
            case is any LosslessStringConvertible: self = .losslessString
            case is [String: Any]: self = .stringKeyedDictionary
            case is any RawRepresentable: self = .rawRepresentable
            default:
                switch mirror.displayStyle {
                case .collection: self = .collection
                case .set: self = .refused(.set)
                case .dictionary: self = .refused(.nonStringKeys)
                case .struct: self = .structure(value is CustomReflectable ? nil : StructLayout(of: type(of: value)))
                case .class: self = .structure(nil)
                case .enum: self = .enumeration
                case .tuple: self = .refused(.tuple)
                default: self = .refused(.other)
                }
            }
        }
    }
}

/// An `Optional` of any type, unwrapped without building a `Mirror`.
protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { self }
}

/// Standard-library types whose custom mirror has the same display style for every value.
private protocol FixedMirror {}
extension Optional: FixedMirror {}
extension Array: FixedMirror {}
extension ContiguousArray: FixedMirror {}
extension ArraySlice: FixedMirror {}
extension Set: FixedMirror {}
extension Dictionary: FixedMirror {}
