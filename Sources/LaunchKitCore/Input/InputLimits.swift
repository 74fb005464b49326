import LaunchKitYAML

/// Upper bounds on what LaunchKit reads, so a wrong path or a hostile file cannot exhaust memory.
/// Documented in the README's "Limits" section; each limit has its own clear error.
public struct InputLimits: Sendable, Equatable {
    /// Largest input file in bytes (32 MiB: a kit of 50,000 messages is about 10 MB).
    public var maxFileBytes: Int
    /// Guards for YAML and JSON: nesting depth, alias expansion, node count.
    public var yaml: YAMLLimits

    public init(maxFileBytes: Int = 32 << 20, yaml: YAMLLimits = .default) {
        self.maxFileBytes = maxFileBytes
        self.yaml = yaml
    }

    public static let `default` = InputLimits()
}
