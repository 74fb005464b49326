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
        var text = record(header)
        for row in rows {
            text += record(row)
        }
        return text
    }

    static func record(_ fields: [String]) -> String {
        fields.map { quoted(neutralized($0)) }.joined(separator: ",") + lineEnding
    }

    /// The cell with a leading `'` when a spreadsheet would otherwise read it as a formula.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if Double(cell) != nil, first == "-" || first == "+" { return cell }
        return "'" + cell
    }

    /// Quotes on Unicode scalars, as the reader reads: a quote followed by a combining mark is one
    /// `Character` but still a quote to every CSV reader.
    static func quoted(_ field: String) -> String {
        let scalars = field.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || scalars.first == " " || scalars.last == " "
        guard needsQuotes else { return field }
        var text = String.UnicodeScalarView()
        text.append("\"")
        for scalar in scalars {
            text.append(scalar)
            if scalar == "\"" { text.append("\"") }
        }
        text.append("\"")
        return String(text)
    }
}
