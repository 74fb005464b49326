/// Coding keys for positions in a sequence, printed as `[2]` in paths.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

/// A plain string key, used for paths given by callers and for `superDecoder`.
public struct NameKey: CodingKey, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }

    public init(_ name: String) { stringValue = name }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

extension Array where Element == any CodingKey {
    /// The path as a user would write it: `pipeline[2].with.fail-under`.
    public var dottedPath: String {
        var text = ""
        for key in self {
            if let index = key.intValue, key is IndexKey {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}
