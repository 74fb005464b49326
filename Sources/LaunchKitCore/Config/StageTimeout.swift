/// A duration written as `30s`, `2m`, `500ms` or a plain number of seconds.
public struct StageTimeout: Hashable, Sendable, Decodable, CustomStringConvertible {
    public var duration: Duration
    public var written: String

    public init(_ duration: Duration, written: String) {
        self.duration = duration
        self.written = written
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let duration = Self.parse(text), duration > .zero else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a duration such as '30s', '2m' or '500ms', found '\(text)'"))
        }
        self.duration = duration
        written = text
    }

    static func parse(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, scale) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value.isFinite, value >= 0 else { return nil }
            return .milliseconds(Int64((value * scale * 1000).rounded()))
        }
        return Double(text).flatMap { $0.isFinite && $0 >= 0 ? .milliseconds(Int64(($0 * 1000).rounded())) : nil }
    }

    public var description: String { written }
}
