@_spi(Reflection) import Swift

extension TemplateValue {
    /// Where a struct keeps its stored properties, read once per type from the runtime's metadata,
    /// so a view model's fields are copied straight out of each value instead of through `Mirror`.
    ///
    /// `Mirror` resolves every field's type from its mangled name and boxes its children in
    /// type-erased collections, for every value: 0.6 µs a field, a third of rendering a
    /// 10,000-message page. The standard library's reflection SPI (`_forEachField`, the same
    /// metadata `Mirror` reads, stable since Swift 5.2) gives each field's name, byte offset and
    /// type once; a value's field is then one typed load.
    ///
    /// Only for structs whose every field is a strong stored property of a type key paths support
    /// (`_forEachFieldWithKeyPath` refuses the others: `weak` and `unowned` fields, closures,
    /// metatypes), and only for types without a custom mirror; anything else keeps `Mirror`.
    /// `TemplateValueTests` checks both give the same fields.
    struct StructLayout {
        struct Field {
            var name: String
            var offset: Int
            var type: Any.Type
        }

        let fields: [Field]
        /// The field names, shared by the template objects made from values of this type.
        let names: Object.Names

        /// The layout of struct type `type` (not a class: their fields are not in the value), or nil
        /// when its fields must be read with `Mirror`.
        init?(of type: Any.Type) {
            func allFieldsReadable<Root>(_ root: Root.Type) -> Bool {
                _forEachFieldWithKeyPath(of: root) { _, _ in true }
            }
            guard _openExistential(type, do: allFieldsReadable) else { return nil }
            var fields: [Field] = []
            let complete = _forEachField(of: type) { name, offset, fieldType, _ in
                fields.append(Field(name: String(cString: name), offset: offset, type: fieldType))
                return true
            }
            guard complete else { return nil }
            self.fields = fields
            names = Object.Names(fields.map(\.name))
        }

        /// The values of `value`'s fields, in declaration order (as `Mirror` lists them).
        ///
        /// - Precondition: `value` is of the type this layout was made for.
        func values(of value: Any) -> [Any] {
            func read<Root>(_ root: Root) -> [Any] {
                withUnsafeBytes(of: root) { bytes in
                    fields.map { field in
                        func load<Field>(_: Field.Type) -> Any { bytes.load(fromByteOffset: field.offset, as: Field.self) }
                        return _openExistential(field.type, do: load)
                    }
                }
            }
            return _openExistential(value, do: read)
        }
    }
}
