import Foundation
import Testing

/// Golden-file comparison, after swift-argument-parser's `assertSnapshot`: the expected text lives in
/// a `Snapshots/` folder next to the test file. Set `LAUNCHKIT_RECORD=1` to (re)write it; a run that
/// records still fails, so a new golden file is always read by a person before it is trusted.
public enum Snapshot {
    /// - Parameters:
    ///   - actual: the produced text.
    ///   - name: the golden file's path inside the `Snapshots` folder (`cloudguard/README.md`).
    ///   - testFile: the test's `#filePath`, to find the `Snapshots` folder beside it.
    public static func assertMatches(
        _ actual: String, named name: String, testFile: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = URL(fileURLWithPath: testFile).deletingLastPathComponent().appending(path: "Snapshots/\(name)")
        let recording = ProcessInfo.processInfo.environment["LAUNCHKIT_RECORD"] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if recording || expected == nil {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("could not record snapshot \(name): \(error)", sourceLocation: sourceLocation)
                return
            }
            Issue.record("recorded snapshot \(name); review it, then run again without LAUNCHKIT_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected, expected != actual else { return }
        Issue.record("""
            \(name) differs from its golden file (LAUNCHKIT_RECORD=1 re-records it):
            \(firstDifference(expected: expected, actual: actual))
            """, sourceLocation: sourceLocation)
    }

    /// The first differing line, so a failure says where to look.
    static func firstDifference(expected: String, actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if want != got {
                return "line \(index + 1):\n  expected: \(want)\n  actual:   \(got)"
            }
        }
        return "(only line endings differ)"
    }
}
