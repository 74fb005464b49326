import LaunchKitCore
import LaunchKitYAML

/// Every message `persona-import` can say, in one place, so their wording stays one voice and
/// tests can name them. Rules are `personas.<what>`.
enum PersonaIssue {
    /// How a persona is named in a message: `buyer persona 'ciso'`, or `a buyer persona` before its
    /// id is known.
    static func persona(_ kind: PersonaKind?, id: String?) -> String {
        let noun = kind?.noun ?? "persona"
        guard let id else { return kind == nil ? "a persona" : "a \(noun)" }
        return "\(noun) '\(id)'"
    }

    /// - Parameter name: the persona's name, to propose an id from it.
    static func missingField(
        _ field: PersonaField, in kind: PersonaKind?, id: String?, name: String? = nil, at location: SourceLocation, inTable: Bool
    ) -> Diagnostic {
        let example = name.map(MarkdownText.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "ciso"
        let suggestion: String = switch field {
        case .id: "give it a short id that messages can refer to, such as '\(example)'"
        case .kind: inTable ? "write 'buyer' or 'channel' in its 'kind' cell" : "add 'kind: buyer' or 'kind: channel'"
        default: inTable ? "fill in its '\(field.name)' cell" : "add '\(field.name): ...'"
        }
        return .error("missing required field '\(field.name)' in \(persona(kind, id: id))", at: location,
                      rule: "personas.missing-field", suggestion: suggestion)
    }

    static func missingColumn(_ field: PersonaField, at location: SourceLocation, candidate: String?) -> Diagnostic {
        let suggestion = candidate.map { "if '\($0)' holds it, map it with 'columns: { \"\($0)\": \(field.name) }'" }
            ?? "add a '\(field.name)' column, or map the header that holds it with 'columns:'"
        return .error("no column for required field '\(field.name)'", at: location, rule: "personas.missing-column", suggestion: suggestion)
    }

    /// `firstID` differs from `id` when the two only differ in case or punctuation.
    static func duplicateID(_ id: String, firstID: String, at location: SourceLocation?, first: SourceLocation?, firstKind: PersonaKind) -> Diagnostic {
        let suggestion = id == firstID
            ? "give each persona its own id: messages and sheets refer to personas by id"
            : "ids that differ only in case or punctuation name the same sheet files; give each persona its own id"
        return .error("duplicate persona id '\(id)'", at: location, rule: "personas.duplicate-id", suggestion: suggestion,
                      notes: [Diagnostic.Note("'\(firstID)' is first defined here, as a \(firstKind.noun)", at: first)])
    }

    /// A key or column that names no field of the persona's kind.
    static func unknownField(
        _ written: String, lookup: PersonaField.Lookup, kind: PersonaKind?, id: String?, at location: SourceLocation,
        inTable: Bool, severity: Diagnostic.Severity
    ) -> Diagnostic {
        let message = inTable ? "unknown column '\(written)'" : "unknown field '\(written)' in \(persona(kind, id: id))"
        let suggestion: String
        if case .otherKind(let field) = lookup, let kind {
            let other = field.kinds.first { $0 != kind } ?? kind
            suggestion = "'\(field.name)' is a \(other.noun) field; a \(kind.noun) has no such field"
        } else if let near = NearestMatch.find(PersonaField.snakeCase(written), in: PersonaField.suggestionCandidates(for: kind)) {
            suggestion = inTable ? "did you mean '\(near)'? (or map the column with 'columns: { \"\(written)\": \(near) }')" : "did you mean '\(near)'?"
        } else if inTable {
            suggestion = "map it to a field with 'columns: { \"\(written)\": <field> }', or to ~ to ignore it"
        } else {
            suggestion = "expected one of: \(PersonaField.suggestionCandidates(for: kind).joined(separator: ", "))"
        }
        var diagnostic = Diagnostic(severity, message, at: location, rule: inTable ? "personas.unknown-column" : "personas.unknown-field",
                                    suggestion: suggestion)
        if let kind, let id, !inTable { diagnostic.subject = Subject(kind.subjectKind, id) }
        return diagnostic
    }

    static func unnamedColumn(_ number: Int, at location: SourceLocation, severity: Diagnostic.Severity) -> Diagnostic {
        Diagnostic(severity, "column \(number) has no header but holds values", at: location, rule: "personas.unknown-column",
                   suggestion: "give it a header, or delete the column")
    }

    static func unusedColumnMapping(_ entry: ColumnMapping.Entry, in files: [String], nearest: String?, severity: Diagnostic.Severity) -> Diagnostic {
        let place = files.count == 1 ? "'\(files[0])'" : "any of \(files.map { "'\($0)'" }.joined(separator: ", "))"
        return Diagnostic(severity, "column '\(entry.header)' in 'columns' matches no header of \(place)", at: entry.location,
                          rule: "personas.unused-column", suggestion: nearest.map { "did you mean '\($0)'?" } ?? "remove it, or check the header's spelling")
    }

    static func emptyPersona(_ kind: PersonaKind?, at location: SourceLocation, inTable: Bool) -> Diagnostic {
        .error("empty \(kind?.noun ?? "persona")", at: location, rule: "personas.empty",
               suggestion: inTable ? "fill in the row, or delete it" : "fill it in, or remove it")
    }

    static func noPersonas(in file: String) -> Diagnostic {
        .error("no personas in '\(file)'", at: SourceLocation(file: file, line: 1, column: 1), rule: "personas.empty-file",
               suggestion: "add a persona, or remove the file from the stage's options")
    }

    static func wrongType(_ field: PersonaField, found: String, at location: SourceLocation) -> Diagnostic {
        .error("expected \(field.type.expectation) for '\(field.name)', found \(found)", at: location, rule: "personas.wrong-type")
    }

    static func notAPersona(found: String, at location: SourceLocation, atRoot: Bool) -> Diagnostic {
        .error("expected \(atRoot ? "a persona or a list of personas" : "a persona (a mapping of fields)"), found \(found)",
               at: location, rule: "personas.wrong-type",
               suggestion: atRoot ? "write one persona as 'id: ...' and 'name: ...' lines, or a list of them ('- id: ...')" : "write the persona as 'id: ...', 'name: ...' lines")
    }

    static func readingLevelOutOfRange(_ written: String, at location: SourceLocation) -> Diagnostic {
        .error("reading_level '\(written)' is outside 1 to 18", at: location, rule: "personas.reading-level",
               suggestion: "use a school grade from 1 to 18: 8 reads easily for anyone, 12 suits specialists")
    }

    static func unknownRole(_ written: String, at location: SourceLocation) -> Diagnostic {
        let spoken = BuyerPersona.RoleInPurchase.allCases.map { $0.title.lowercased() }
        let suggestion = NearestMatch.find(written.lowercased(), in: spoken).map { "did you mean '\($0)'?" }
            ?? "expected one of: \(spoken.joined(separator: ", "))"
        return .error("unknown role_in_purchase '\(written)'", at: location, rule: "personas.unknown-role", suggestion: suggestion)
    }

    static func unknownKind(_ written: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown kind '\(written)'", at: location, rule: "personas.unknown-kind", suggestion: "expected 'buyer' or 'channel'")
    }

    static func kindMismatch(_ kind: PersonaKind, listedAs sourceKind: PersonaKind, at location: SourceLocation) -> Diagnostic {
        .error("a \(kind.noun) in a file listed under '\(sourceKind.optionName)'", at: location, rule: "personas.kind-mismatch",
               suggestion: "list the file under '\(kind.optionName)', or under 'personas' when it mixes both kinds")
    }

    static func duplicateField(_ field: PersonaField, first: String, second: String, at location: SourceLocation, inTable: Bool) -> Diagnostic {
        .error("field '\(field.name)' is given twice, by '\(first)' and by '\(second)'", at: location, rule: "personas.duplicate-field",
               suggestion: inTable ? "delete one of the columns, or map one to ~ with 'columns:'" : "remove one of them")
    }

    static func extraCells(_ count: Int, headerCount: Int, at location: SourceLocation) -> Diagnostic {
        .error("row has \(count) cells but the header has \(headerCount)", at: location, rule: "personas.extra-cells",
               suggestion: "quote a cell that holds the separator (\"like, this\"), or add a header for the extra column")
    }

    static func unknownFormat(_ path: InputPath) -> Diagnostic {
        .error("cannot tell the format of '\(path.path)' from its name", at: path.location, rule: "personas.format",
               suggestion: "name it .yml, .yaml, .json, .csv or .tsv, or write it as '{ path: \(path.path), format: csv }'")
    }

    static func incomplete(_ kind: PersonaKind, id: String, completeness: Completeness, minimum: Int, at location: SourceLocation?) -> Diagnostic {
        let missing = completeness.missing.map { "'\($0)'" }.joined(separator: ", ")
        return Diagnostic(
            .warning, "\(kind.noun) '\(id)' is \(completeness.score)% complete (minimum \(minimum)%); missing \(missing)",
            at: location, rule: "personas.incomplete", suggestion: "fill in the missing fields, or lower 'min-completeness'",
            subject: Subject(kind.subjectKind, id))
    }
}
