import Foundation

/// Locations inside this repository, found from this file's own path so tests work from any
/// working directory.
public enum PackagePaths {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // LaunchKitTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// Third-party conformance data, vendored byte-exact from the steering repository's
    /// `shared/conformance` (see `Tests/Conformance/README.md`).
    public static let conformance = root.appending(path: "Tests/Conformance")

    public static let fixtures = root.appending(path: "Tests/Fixtures")
    public static let examples = root.appending(path: "Examples")
    public static let templates = root.appending(path: "Templates/default")

    /// Reads a file as bytes, failing the test with a clear message when it is missing.
    public static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}
