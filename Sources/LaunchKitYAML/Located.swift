/// A decoded value with the place it was written, for checks that run after decoding (a duplicate
/// id, a reading level out of range) and must still point at the source.
public struct Located<Value> {
    public var value: Value
    public var mark: Mark?

    public init(_ value: Value, mark: Mark? = nil) {
        self.value = value
        self.mark = mark
    }
}

extension Located: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        mark = decoder.yamlMark
        value = try Value(from: decoder)
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
extension Located: Sendable where Value: Sendable {}
