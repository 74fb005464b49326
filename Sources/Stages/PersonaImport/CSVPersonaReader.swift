import Foundation
import LaunchKitCore
import LaunchKitYAML

/// Reads the personas of a CSV or TSV table: a header row naming fields, then one persona per row.
///
/// - Headers match fields ignoring case, spaces and `_`/`-`; `columns:` maps other headers (a
///   CRM's `Persona Name`) to fields, or to `~` to ignore them.
/// - A list cell holds one item per line, or, on one line, items separated by the list separator.
/// - A leading `'` that a spreadsheet or ``CSVWriter`` put before `=`, `+`, `-` or `@` to stop a
///   formula is removed, so `personas.csv` reads back as it was written.
/// - Every problem points at its cell. A missing required column is one error at the header, not
///   one per row.
struct CSVPersonaReader {
    let file: String
    /// The kind the stage option declares; nil for `personas:`, where a `kind` column says it.
    let sourceKind: PersonaKind?
    let columns: ColumnMapping
    let listSeparator: String

    /// What a header names.
    private enum Column {
        case field(PersonaField)
        /// Mapped to `~` in `columns:`, or an empty header over an empty column.
        case ignored
        case unknown(PersonaField.Lookup)
    }

    func records(in table: CSVTable, diagnostics: inout ImportDiagnostics) -> [PersonaRecord] {
        guard let header = table.header else {
            diagnostics.report(PersonaIssue.noPersonas(in: file))
            return []
        }
        var layout: [Column] = []
        var firstHeader: [PersonaField: CSVTable.Cell] = [:]
        var unknownHeaders: [(index: Int, cell: CSVTable.Cell, lookup: PersonaField.Lookup)] = []
        let errorsBefore = diagnostics.errors.count

        for (index, cell) in header.cells.enumerated() {
            let written = cell.value.trimmingCharacters(in: .whitespacesAndNewlines)
            var column: Column
            if let entry = columns.entry(forHeader: written) {
                if let field = entry.field {
                    column = sourceKind.map { field.kinds.contains($0) } ?? true ? .field(field) : .unknown(.otherKind(field))
                } else {
                    column = .ignored
                }
            } else if written.isEmpty {
                column = .ignored
                if let filled = table.rows.lazy.compactMap({ $0.cells.indices.contains(index) ? $0.cells[index] : nil }).first(where: { !$0.value.isEmpty }) {
                    diagnostics.report(PersonaIssue.unnamedColumn(index + 1, at: location(filled), severity: diagnostics.unknownSeverity))
                }
            } else {
                let lookup = PersonaField.lookup(written, for: sourceKind)
                if case .field(let field) = lookup { column = .field(field) } else { column = .unknown(lookup) }
            }
            if case .field(let field) = column {
                if let first = firstHeader[field] {
                    diagnostics.report(PersonaIssue.duplicateField(field, first: first.value, second: written, at: location(cell), inTable: true))
                    column = .ignored
                } else {
                    firstHeader[field] = cell
                }
            }
            if case .unknown(let lookup) = column { unknownHeaders.append((index, cell, lookup)) }
            layout.append(column)
        }

        // Required columns: one error at the header, naming the header that probably holds it.
        var explained: Set<Int> = []
        let required: [PersonaField] = sourceKind == nil ? [.kind, .id, .name] : [.id, .name]
        for field in required where firstHeader[field] == nil {
            let candidate = unknownHeaders.first { header in
                !explained.contains(header.index) && Self.mightHold(field, header: header.cell.value)
            }
            if let candidate { explained.insert(candidate.index) }
            let at = candidate.map { location($0.cell) } ?? SourceLocation(file: file, line: header.line, column: 1)
            diagnostics.report(PersonaIssue.missingColumn(field, at: at, candidate: candidate?.cell.value))
        }
        for unknown in unknownHeaders where !explained.contains(unknown.index) {
            diagnostics.report(PersonaIssue.unknownField(
                unknown.cell.value.trimmingCharacters(in: .whitespacesAndNewlines), lookup: unknown.lookup, kind: sourceKind, id: nil,
                at: location(unknown.cell), inTable: true, severity: diagnostics.unknownSeverity))
        }
        // Rows cannot be read without the header's required columns; say nothing more until it is fixed.
        guard required.allSatisfy({ firstHeader[$0] != nil }) else { return [] }

        var records: [PersonaRecord] = []
        for row in table.rows {
            records.append(record(row, layout: layout, headerCount: header.cells.count, diagnostics: &diagnostics))
        }
        if records.isEmpty, diagnostics.errors.count == errorsBefore {
            diagnostics.report(PersonaIssue.noPersonas(in: file))
        }
        return records
    }

    private func record(_ row: CSVTable.Record, layout: [Column], headerCount: Int, diagnostics: inout ImportDiagnostics) -> PersonaRecord {
        let start = row.cells.first.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: file, line: row.line, column: 1)
        var record = PersonaRecord(location: start, sourceKind: sourceKind)
        if let extra = row.cells.dropFirst(headerCount).first(where: { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            diagnostics.report(PersonaIssue.extraCells(row.cells.count, headerCount: headerCount, at: location(extra)))
        }
        record.isBlank = row.cells.allSatisfy { $0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

        // In a file that mixes kinds, each row's kind decides which of its cells may be filled.
        let kind = sourceKind ?? layout.indices.lazy.compactMap { index -> PersonaKind? in
            guard case .field(.kind) = layout[index], row.cells.indices.contains(index) else { return nil }
            return PersonaKind(spoken: row.cells[index].value)
        }.first
        let id = layout.indices.lazy.compactMap { index -> String? in
            guard case .field(.id) = layout[index], row.cells.indices.contains(index) else { return nil }
            let text = PersonaText.scalar(row.cells[index].value)
            return text.isEmpty ? nil : text
        }.first

        for (index, column) in layout.enumerated() {
            guard case .field(let field) = column else { continue }
            guard row.cells.indices.contains(index) else {
                // A spreadsheet leaves out trailing empty cells: point at the row's last cell.
                record.placeholders[field.name] = row.cells.last.map(location) ?? start
                continue
            }
            let cell = row.cells[index]
            let value = value(of: Self.unguarded(cell.value), for: field)
            if value.isEmpty {
                record.placeholders[field.name] = location(cell)
                continue
            }
            if let kind, !field.kinds.contains(kind) {
                diagnostics.report(PersonaIssue.unknownField(
                    field.name, lookup: .otherKind(field), kind: kind, id: id, at: location(cell), inTable: false,
                    severity: diagnostics.unknownSeverity))
                continue
            }
            record.entries.append(PersonaRecord.Entry(field: field, value: value, location: location(cell)))
        }
        return record
    }

    private func value(of text: String, for field: PersonaField) -> PersonaRecord.Value {
        guard field.type == .list else { return .text(PersonaText.scalar(text)) }
        return .list(PersonaText.items(Self.split(text, separator: listSeparator)))
    }

    /// The items of a list cell: its lines when it has a line break (then a separator inside a line
    /// is text), else its parts between separators.
    static func split(_ text: String, separator: String) -> [String] {
        if text.contains(where: \.isNewline) {
            return text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map(String.init)
        }
        return text.components(separatedBy: separator)
    }

    /// The cell without the `'` that guards a formula-like value against spreadsheets (the inverse
    /// of ``CSVWriter/neutralized(_:)``).
    static func unguarded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, "=+-@\t\r".unicodeScalars.contains(second) else { return text }
        return String(String.UnicodeScalarView(scalars.dropFirst()))
    }

    /// Whether an unknown header probably names `field`: a likely typo (`Nmae`), or a header with
    /// the field's words in it (`Persona ID`, `Full name`).
    static func mightHold(_ field: PersonaField, header: String) -> Bool {
        let written = PersonaField.snakeCase(header)
        if NearestMatch.find(written, in: [field.name]) != nil { return true }
        let words = Set(written.split(separator: "_").map(String.init))
        return field.name.split(separator: "_").allSatisfy { words.contains(String($0)) }
    }

    private func location(_ cell: CSVTable.Cell) -> SourceLocation {
        SourceLocation(file: file, line: cell.line, column: cell.column)
    }
}
