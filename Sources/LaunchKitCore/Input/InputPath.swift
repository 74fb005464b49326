import LaunchKitYAML

/// A path written in a config file, with where it was written, so "cannot read" errors point at
/// the config line rather than only naming the missing file.
public struct InputPath: Hashable, Sendable, Decodable, CustomStringConvertible {
    /// The path as written, relative to the config file's directory.
    public var path: String
    /// Where the path is written in the config.
    public var location: SourceLocation?

    public init(_ path: String, location: SourceLocation? = nil) {
        self.path = path
        self.location = location
    }

    public init(from decoder: any Decoder) throws {
        path = try decoder.singleValueContainer().decode(String.self)
        if let file = decoder.yamlFile {
            location = SourceLocation(file: file, mark: decoder.yamlMark)
        }
    }

    public var description: String { path }
}
