import Foundation
import Testing

/// Golden files, after swift-argument-parser's `assertSnapshot`: the expected output lives in
/// `Snapshots/` beside this file; `LAUNCHKIT_RECORD=1 swift test` rewrites it, and a run that
/// recorded fails so nobody mistakes a fresh recording for a pass. Review every recorded diff by eye.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["LAUNCHKIT_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
        Issue.record("recorded \(name); review it and run again without LAUNCHKIT_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? Data(contentsOf: url) else {
        Issue.record("no snapshot \(name); record it with LAUNCHKIT_RECORD=1 swift test", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == String(decoding: expected, as: UTF8.self), "\(name) differs from its snapshot", sourceLocation: sourceLocation)
}
