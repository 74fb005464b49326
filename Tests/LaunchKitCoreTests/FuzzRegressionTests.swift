import Foundation
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCore

/// Inputs that once crashed a fuzz target (`Fuzz/`), replayed through the same property on every
/// `swift test`, so a fixed bug stays fixed.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [URL] {
        let folder = PackagePaths.fixtures.appending(path: "fuzz/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appending(path: $0) }
    }

    @Test func csvRoundTripsThroughTheWriter() throws {
        let inputs = Self.inputs("FuzzCSV")
        #expect(!inputs.isEmpty)
        for url in inputs {
            let text = try InputFile(displayPath: url.lastPathComponent, bytes: PackagePaths.bytes(url)).text()
            let rows = try CSVReader.parse(text, file: url.lastPathComponent).records.map(\.values)
            let written = CSVWriter.render(header: rows[0], rows: Array(rows.dropFirst()))
            let reread = try CSVReader.parse(written, file: "written.csv").records.map(\.values)
            #expect(reread == rows.map { $0.map(CSVWriter.neutralized) }, "\(url.lastPathComponent)")
        }
    }
}
