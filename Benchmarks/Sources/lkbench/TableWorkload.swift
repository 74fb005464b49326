import BenchSupport

/// The table-rendering row: a Markdown table of message rows, written by a hand-written string
/// builder (the floor) and through LaunchKit's Mustache templates. Both produce the same bytes
/// for the generated rows (and the same bytes as pystache, which escapes nothing).
enum TableWorkload {
    struct Row {
        var id: String
        var feature: String
        var personas: String
        var grade: String
        var text: String
    }

    /// Rows from the tab-separated file `peers/table_rows.py` writes.
    static func rows(_ path: String) throws -> [Row] {
        try FileBytes.string(path).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { throw BenchError("\(path): expected 5 fields, found \(fields.count)") }
            return Row(id: fields[0], feature: fields[1], personas: fields[2], grade: fields[3], text: fields[4])
        }
    }

    /// `lkbench render-table TEMPLATE ROWS_TSV [PLAIN_TEMPLATE] [-n N]`: one JSON line per renderer;
    /// PLAIN_TEMPLATE (the same table without helpers) also times swift-mustache alone.
    static func run(_ arguments: [String], iterations: Int) throws -> [BenchResult] {
        guard arguments.count == 2 || arguments.count == 3 else {
            throw BenchError("usage: lkbench render-table TEMPLATE ROWS_TSV [PLAIN_TEMPLATE]")
        }
        let rows = try rows(arguments[1])
        var builder = Stopwatch()
        let built = builder.measure(iterations: iterations) { handWritten(rows) }
        var results = [BenchResult(tool: "hand-written builder", workload: "render-table", bytes: built.utf8.count,
                                   stopwatch: builder, checksum: built.utf8.count)]
        results += try TemplateTable.render(template: arguments[0], rows: rows, iterations: iterations)
        if arguments.count == 3 {
            results.append(try TemplateTable.engineAlone(template: arguments[2], rows: rows, iterations: iterations))
        }
        return results
    }

    /// `lkbench render-table-once TEMPLATE ROWS_TSV`: one render through `TemplateLibrary` and
    /// nothing else, for the whole-process comparison with `pystache_table.py -n 1`.
    static func once(_ arguments: [String]) throws -> BenchResult {
        guard arguments.count == 2 else { throw BenchError("usage: lkbench render-table-once TEMPLATE ROWS_TSV") }
        return try TemplateTable.renderOnce(template: arguments[0], rows: rows(arguments[1]))
    }

    /// What a programmer writes without templates: appends, with the same cell escaping as the
    /// template layer's `cell()` helper (`|` escaped, line breaks as `<br>`, HTML tags neutralised).
    static func handWritten(_ rows: [Row]) -> String {
        var out = "| Id | Feature | Personas | Grade | Message |\n| --- | --- | --- | --- | --- |\n"
        for row in rows {
            out += "| "
            appendCell(row.id, to: &out)
            out += " | "
            appendCell(row.feature, to: &out)
            out += " | "
            appendCell(row.personas, to: &out)
            out += " | "
            appendCell(row.grade, to: &out)
            out += " | "
            appendCell(row.text, to: &out)
            out += " |\n"
        }
        return out
    }

    static func appendCell(_ text: String, to out: inout String) {
        // Fast path: most cells need no escaping at all.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "<") }) {
            out += text
            return
        }
        var previous: Character?
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += "<br>"
            default:
                if previous == "<", character.isLetter || character == "/" || character == "!" {
                    out.removeLast()
                    out += "&lt;"
                }
                out.append(character)
            }
            previous = character
        }
    }
}
