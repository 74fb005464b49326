/// Writes CSV that any spreadsheet opens safely.
///
/// - RFC 4180: a header row, CRLF after every record (including the last), fields quoted when they
///   hold a comma, a quote, CR or LF, or start or end with a space; quotes doubled.
/// - Formula injection guard (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`, a tab
///   or CR is prefixed with `'` so a spreadsheet shows it as text instead of evaluating it. Plain
///   numbers (`-3`, `+4.5`) are left alone: they cannot run anything.
public enum CSVWriter {
    public static let lineEnding = "\r\n"

    public static func render(header: [String], rows: [[String]]) -> String {
        // Bytes, not `String` concatenation: a 66,000-row findings table spent most of its time
        // joining and appending strings.
        var bytes: [UInt8] = []
        append(header, to: &bytes)
        for row in rows {
            append(row, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendQuoted(neutralized(field), to: &bytes)
        }
        bytes.append(contentsOf: lineEnding.utf8)
    }

    /// The cell with a leading `'` when a spreadsheet would otherwise read it as a formula.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if Double(cell) != nil, first == "-" || first == "+" { return cell }
        return "'" + cell
    }

    /// Quotes on bytes, as every CSV reader reads: a quote followed by a combining mark is one
    /// `Character` but still a quote. (Every byte tested is ASCII, so it is never part of a
    /// multi-byte character.)
    private static func appendQuoted(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }
            || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
