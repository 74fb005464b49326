/// Where a stage comes from, shown by `launchkit stages` so a user knows whom to ask about it.
public enum StageOrigin: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Shipped with LaunchKit.
    case builtIn
    /// Registered by a Swift package that builds its own `launchkit`.
    case package(String)
    /// An executable declared with `run:` in a config.
    case external(String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .package(let name): "package \(name)"
        case .external(let command): "external \(command)"
        }
    }
}
