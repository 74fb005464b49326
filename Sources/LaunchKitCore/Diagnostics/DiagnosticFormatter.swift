/// Renders diagnostics the way the Swift compiler does, so editors and CI logs recognise them:
///
///     launchkit.yml:14:7: error: expected an integer for 'pipeline[2].with.fail-under', found 'ten' [yaml.schema]
///        14 |     with: { fail-under: ten }
///           |                         ^
///       suggestion: ...
///
/// Pure string building; whoever prints decides about colour and streams.
public enum DiagnosticFormatter {
    /// The first line: `file:line:col: severity: message [rule]`.
    public static func headline(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.location.map { "\($0): " } ?? ""
        text += "\(diagnostic.severity.rawValue): \(diagnostic.message)"
        if let rule = diagnostic.rule { text += " [\(rule)]" }
        return text
    }

    /// The headline, the source line with a caret under the column, the suggestion and the notes.
    ///
    /// - Parameter sourceLine: returns the text of a 1-based line of a file, or nil when unknown.
    public static func format(_ diagnostic: Diagnostic, sourceLine: (String, Int) -> String? = { _, _ in nil }) -> String {
        var lines = [headline(diagnostic)]
        if let location = diagnostic.location, let line = location.line, let source = sourceLine(location.file, line) {
            let number = String(line)
            let gutter = String(repeating: " ", count: number.count)
            lines.append(" \(number) | \(source)")
            if let column = location.column, column >= 1 {
                // Keep tabs so the caret lines up under the same character in a terminal.
                let lead = source.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                lines.append(" \(gutter) | \(lead)^")
            }
        }
        if let suggestion = diagnostic.suggestion {
            lines.append("  suggestion: \(suggestion)")
        }
        for note in diagnostic.notes {
            lines.append("  note: " + (note.location.map { "\($0): " } ?? "") + note.message)
        }
        return lines.joined(separator: "\n")
    }
}
