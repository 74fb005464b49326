import Foundation
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCore

/// csv-spectrum through our reader, and our writer's output back through the reader.
@Suite struct CSVSpectrumTests {
    static let folder = PackagePaths.conformance.appending(path: "csv-spectrum")
    static let names = ["comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines", "newlines_crlf",
                        "quotes_and_newlines", "simple", "simple_crlf", "utf8", "location_coordinates"]

    static func read(_ name: String) throws -> [[String: String]] {
        let bytes = try PackagePaths.bytes(folder.appending(path: "csvs/\(name).csv"))
        let text = try InputFile(displayPath: "\(name).csv", bytes: bytes).text()
        let table = try CSVReader.parse(text, file: "\(name).csv")
        let header = table.header?.values ?? []
        return table.rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0.values)) }
    }

    @Test(arguments: names.filter { $0 != "location_coordinates" })
    func matchesExpectedJSON(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appending(path: "json/\(name).json"))
        let expected = try JSONDecoder().decode([[String: String]].self, from: data)
        #expect(try Self.read(name) == expected)
    }

    /// Upstream's JSON for this case is wrong (see the folder's README); check the CSV's real content.
    @Test func locationCoordinatesKeepsQuotesInsideUnquotedFields() throws {
        let rows = try Self.read("location_coordinates")
        #expect(rows.count == 1)
        #expect(rows[0].count == 4)
        #expect(rows[0]["Contact Phone Number"] == "2095257564")
        let data = try Data(contentsOf: Self.folder.appending(path: "json/location_coordinates.json"))
        let upstream = try JSONDecoder().decode([String: String].self, from: data)
        #expect(rows[0]["Location Coordinates"] == upstream["Location Coordinates"])
        #expect(rows[0]["Location Coordinates"] == "37\u{FFFD}36'37.8\"N 121\u{FFFD}2'17.9\"W")
    }

    @Test(arguments: names)
    func writerOutputReadsBackUnchanged(_ name: String) throws {
        let original = try Self.read(name)
        guard let first = original.first else { return #expect(original.isEmpty) }
        let header = first.keys.sorted()
        let csv = CSVWriter.render(header: header, rows: original.map { row in header.map { row[$0] ?? "" } })
        let table = try CSVReader.parse(csv, file: "round-trip.csv")
        #expect(table.header?.values == header)
        #expect(table.rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0.values)) } == original)
    }
}
