/// Reads CSV as RFC 4180 describes it, plus what real exports contain.
///
/// - Fields are separated by the delimiter (`,` by default); records end with CRLF, LF or a lone CR.
/// - A field that starts with `"` is quoted: it may hold delimiters, line breaks and `""` for a
///   quote; text after its closing quote is an error (the usual sign of a broken export).
/// - A `"` inside an unquoted field is kept as written (spreadsheets write `37°36'37.8"N`).
/// - A missing final line break does not lose the last record; blank lines are skipped.
///
/// Decode the bytes with ``InputFile/text()`` first: it strips a UTF-8 byte-order mark and rejects
/// invalid UTF-8 with a position. Positions are 1-based; columns count characters.
///
/// Hand-written rather than taken from a package: the CSV packages available here (CSV.swift,
/// SwiftCSV) do not report where a cell starts, and every persona error must point at its cell.
public enum CSVReader {
    public static func parse(_ text: String, file: String, delimiter: Unicode.Scalar = ",") throws(DiagnosticError) -> CSVTable {
        var records: [CSVTable.Record] = []
        var cells: [CSVTable.Cell] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var fieldLine = 1
        var fieldColumn = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var afterClosingQuote = false

        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()

        func endField() {
            cells.append(CSVTable.Cell(String(field), line: fieldLine, column: fieldColumn))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
            afterClosingQuote = false
        }
        func endRecord() {
            let blank = cells.isEmpty && field.isEmpty && !wasQuoted
            endField()
            if !blank { records.append(CSVTable.Record(cells: cells, line: recordLine)) }
            cells.removeAll(keepingCapacity: true)
        }

        while let scalar = pending {
            pending = scalars.next()
            if field.isEmpty && !wasQuoted && !afterClosingQuote && !inQuotes {
                if cells.isEmpty { recordLine = line }
                fieldLine = line
                fieldColumn = column
            }
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterClosingQuote = true
                    column += 1
                    continue
                }
                field.append(scalar)
                if scalar == "\n" || (scalar == "\r" && pending != "\n") {
                    line += 1
                    column = 1
                } else if scalar != "\r" {
                    column += 1
                }
                continue
            }
            switch scalar {
            case delimiter:
                endField()
                column += 1
            case "\r", "\n":
                if scalar == "\r", pending == "\n" { pending = scalars.next() }
                endRecord()
                line += 1
                column = 1
            case "\"" where field.isEmpty && !wasQuoted && !afterClosingQuote:
                inQuotes = true
                wasQuoted = true
                column += 1
            default:
                if afterClosingQuote {
                    throw DiagnosticError(.error(
                        "unexpected text after the closing quote of a field", at: SourceLocation(file: file, line: line, column: column),
                        rule: "csv.syntax", suggestion: "quote the whole field and write a quote inside it as \"\""))
                }
                field.append(scalar)
                column += 1
            }
        }
        if inQuotes {
            throw DiagnosticError(.error(
                "unterminated quoted field", at: SourceLocation(file: file, line: fieldLine, column: fieldColumn),
                rule: "csv.syntax", suggestion: "add the closing '\"' (a quote inside a field is written \"\")"))
        }
        if !field.isEmpty || !cells.isEmpty || wasQuoted {
            endRecord()
        }
        return CSVTable(records: records)
    }
}
