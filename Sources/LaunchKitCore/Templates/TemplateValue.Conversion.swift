import Foundation

extension TemplateValue {
    /// One conversion of a view model into the template tree (`TemplateValue.normalize`).
    ///
    /// A view model of 10,000 rows holds hundreds of thousands of values of a dozen types. Asking
    /// each value what it is costs a chain of dynamic casts (protocol conformance lookups, and on
    /// Linux a bridge to an Objective-C object for `is NSNull`, which copies a whole array or
    /// dictionary); so the answer is found once per type (`Shape`) and each value is then
    /// converted with one cast to its known type. Shapes are remembered for the whole process
    /// (`Shape.Cache`), so a build that renders many small pages classifies each type once. Where a value is in the view model is kept as a
    /// stack of keys and indexes and spelled out only for an error.
    struct Conversion {
        private var count = 0
        /// The shapes this conversion has met: the process-wide cache takes a lock.
        private var shapes: [ObjectIdentifier: Shape] = [:]
        /// The keys and indexes from the root to the value being converted.
        private var path: [PathComponent] = []

        private enum PathComponent {
            case key(String)
            case index(Int)
        }

        mutating func normalize(_ value: Any) throws(TemplateError) -> Any? {
            count += 1
            guard path.count <= maximumDepth, count <= maximumCount else {
                let tooDeep = path.count > maximumDepth
                throw unsupported(
                    tooDeep ? "view model nests deeper than \(maximumDepth) levels at \(quotedPath)" : "view model holds more than \(maximumCount) values",
                    suggestion: tooDeep ? "a class that refers back to itself?" : nil
                )
            }
            switch shape(of: value) {
            case .optional:
                guard let wrapped = (value as! any OptionalValue).wrappedValue else { return nil }
                return try normalize(wrapped)
            case .null:
                return nil
            case .bool:
                return value as! Bool
            case .converted:
                return value
            case .string:
                return Text(value as! String)
            case .substring:
                return Text(String(value as! Substring))
            case .int:
                let integer = value as! Int
                return Text(String(integer), integer: integer)
            case .integer:
                let integer = value as! any BinaryInteger
                return Text(String(describing: integer), integer: Int(exactly: integer))
            case .decimal:
                return Text((value as! Decimal).description)
            case .url:
                return Text((value as! URL).absoluteString)
            case .losslessString:
                return Text((value as! any LosslessStringConvertible).description)
            case .rawRepresentable:
                return try normalize((value as! any RawRepresentable).rawValue)
            case .enumeration:
                guard Mirror(reflecting: value).children.isEmpty else { throw refused(.enumWithAssociatedValues, type: type(of: value)) }
                return Text(String(describing: value))
            case .stringKeyedDictionary:
                return try object(fromDictionary: value as! [String: Any])
            case .collection:
                return try list(Mirror(reflecting: value))
            case .structure(let layout?):
                return try object(layout, value)
            case .structure(nil):
                return try object(Mirror(reflecting: value))
            case .refused(let refusal):
                throw refused(refusal, type: type(of: value))
            }
        }

        // MARK: - Shapes

        /// The shape of `value`, found once per type when every value of the type has the same.
        private mutating func shape(of value: Any) -> Shape {
            let type = ObjectIdentifier(type(of: value))
            if let known = shapes[type] { return known }
            if let known = Shape.Cache.shared[type] {
                shapes[type] = known
                return known
            }
            let shape = Shape(of: value)
            if shape.isFixed(for: value) {
                shapes[type] = shape
                Shape.Cache.shared[type] = shape
            }
            return shape
        }

        // MARK: - Objects and lists

        private mutating func object(fromDictionary dictionary: [String: Any]) throws(TemplateError) -> Object {
            var fields: [String: Any?] = .init(minimumCapacity: dictionary.count)
            for (key, element) in dictionary {
                path.append(.key(key))
                fields[key] = .some(try normalize(element))
                path.removeLast()
            }
            return Object(fields: fields)
        }

        /// A struct's fields, read through its layout.
        private mutating func object(_ layout: StructLayout, _ value: Any) throws(TemplateError) -> Object {
            var values: [Any?] = []
            values.reserveCapacity(layout.fields.count)
            for (field, fieldValue) in zip(layout.fields, layout.values(of: value)) {
                path.append(.key(field.name))
                values.append(try normalize(fieldValue))
                path.removeLast()
            }
            return Object(layout: layout.names, values: values)
        }

        /// A struct's or a class's stored properties; a class's superclass properties first, so a
        /// subclass's own property of the same name wins.
        private mutating func object(_ mirror: Mirror) throws(TemplateError) -> Object {
            var fields: [String: Any?] = .init(minimumCapacity: Int(mirror.children.count))
            try addFields(of: mirror, to: &fields)
            return Object(fields: fields)
        }

        private mutating func addFields(of mirror: Mirror, to fields: inout [String: Any?]) throws(TemplateError) {
            if let superclass = mirror.superclassMirror {
                try addFields(of: superclass, to: &fields)
            }
            for child in mirror.children {
                guard let label = child.label else { continue }
                path.append(.key(label))
                fields[label] = .some(try normalize(child.value))
                path.removeLast()
            }
        }

        private mutating func list(_ mirror: Mirror) throws(TemplateError) -> List {
            var items: [Any] = []
            items.reserveCapacity(Int(mirror.children.count))
            for (offset, child) in mirror.children.enumerated() {
                path.append(.index(offset))
                guard let item = try normalize(child.value) else {
                    throw unsupported("\(quotedPath) is nil", suggestion: "leave it out of the list, or give the text to print instead")
                }
                items.append(item)
                path.removeLast()
            }
            return List(items)
        }

        // MARK: - Errors

        private func refused(_ refusal: Shape.Refusal, type: Any.Type) -> TemplateError {
            switch refusal {
            case .date:
                unsupported(
                    "\(quotedPath) is a Date",
                    suggestion: "format it as text in the view model, so the packet does not depend on the clock or the time zone"
                )
            case .lambda:
                unsupported("\(quotedPath) is a lambda", suggestion: "compute the text in the view model")
            case .set:
                unsupported("\(quotedPath) is a Set, whose order changes from run to run", suggestion: "pass a sorted array")
            case .nonStringKeys:
                unsupported("\(quotedPath) is a dictionary whose keys are not strings", suggestion: "use a [String: …] dictionary or a struct")
            case .enumWithAssociatedValues:
                unsupported("\(quotedPath) is an enum case with associated values", suggestion: "pass its parts as fields")
            case .tuple:
                unsupported("\(quotedPath) is a tuple", suggestion: "use a struct or a [String: …] dictionary")
            case .other:
                unsupported("\(quotedPath) is a \(type), which templates cannot read", suggestion: nil)
            }
        }

        private func unsupported(_ message: String, suggestion: String?) -> TemplateError {
            TemplateError(.unsupportedViewModel, message, file: "", suggestion: suggestion)
        }

        /// `'personas[2].tags'`, or "the view model" for the root.
        private var quotedPath: String {
            guard !path.isEmpty else { return "the view model" }
            var spelled = ""
            for component in path {
                switch component {
                case .key(let key): spelled += spelled.isEmpty ? key : "." + key
                case .index(let index): spelled += "[\(index)]"
                }
            }
            return "'\(spelled)'"
        }
    }
}
