import Foundation
import LaunchKitTestSupport
import Testing
@testable import LaunchKitYAML

/// The binding against yaml-test-suite: our event stream must reproduce, case for case, what the
/// system libyaml 0.2.5 was measured to do (`libyaml-0.2.5-results.tsv`). A difference is a bug in
/// our binding, not in libyaml.
@Suite struct YAMLTestSuiteTests {
    static let suite = PackagePaths.conformance.appending(path: "yaml-test-suite")

    struct Expectation {
        let id: String
        let expect: String
        let result: String
    }

    static func expectations() throws -> [Expectation] {
        let table = try String(contentsOf: suite.appending(path: "libyaml-0.2.5-results.tsv"), encoding: .utf8)
        return table.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expectation(id: fields[0], expect: fields[1], result: fields[2])
        }
    }

    /// What our parser does with one case, in the vocabulary of the results file.
    static func outcome(of id: String) throws -> String {
        let folder = suite.appending(path: "data/\(id)")
        let input = try PackagePaths.bytes(folder.appending(path: "in.yaml"))
        let isError = FileManager.default.fileExists(atPath: folder.appending(path: "error").path)
        let expected = try String(contentsOf: folder.appending(path: "test.event"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let parser = YAMLParser(bytes: input)
        var lines: [String] = []
        do {
            while let event = try parser.next() {
                lines.append(TestEventFormat.line(for: event))
            }
        } catch {
            return isError ? "pass" : "fail:rejected-valid"
        }
        if isError { return "fail:accepted-invalid" }
        return lines == expected ? "pass" : "fail:events-differ"
    }

    @Test func reproducesMeasuredLibyamlResults() throws {
        let expectations = try Self.expectations()
        #expect(expectations.count == 402)
        var passed = 0
        for expectation in expectations {
            let outcome = try Self.outcome(of: expectation.id)
            #expect(outcome == expectation.result, "case \(expectation.id) (\(expectation.expect))")
            if outcome == "pass" { passed += 1 }
        }
        print("yaml-test-suite: \(passed) of \(expectations.count) cases pass through the binding (libyaml 0.2.5 measured: 330)")
        #expect(passed == 330)
    }
}
