import FuzzSupport
import LaunchKitCore

@main
enum FuzzCSV {
    static func main() {
        FuzzDriver.run { data, size in
            fuzzCSV(data, size)
        }
    }
}

/// Bytes → UTF-8 validation → RFC 4180 records, then the writer's output must read back the same.
func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = InputFile(displayPath: "fuzz.csv", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    guard let text = try? file.text(), let table = try? CSVReader.parse(text, file: "fuzz.csv") else { return 0 }
    let rows = table.records.map(\.values)
    guard let header = rows.first else { return 0 }
    let written = CSVWriter.render(header: header, rows: Array(rows.dropFirst()))
    guard let reread = try? CSVReader.parse(written, file: "written.csv") else {
        preconditionFailure("the writer produced CSV the reader rejects")
    }
    let neutralised = rows.map { $0.map(CSVWriter.neutralized) }
    precondition(reread.records.map(\.values) == neutralised.filter { !($0.count == 1 && $0[0].isEmpty) } || rows.contains { $0.count == 1 && $0[0].isEmpty },
                 "round trip changed the records")
    return 0
}
