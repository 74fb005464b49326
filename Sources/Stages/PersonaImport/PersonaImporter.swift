import LaunchKitCore
import LaunchKitYAML

/// Reads every source of a `persona-import` entry and checks the personas together: each file
/// through its reader, each record through ``PersonaBuilder``, then ids across all files (and
/// against personas already in the kit), then completeness.
struct PersonaImporter {
    let options: PersonaImportOptions
    let inputs: InputReader

    struct Result {
        var buyers: [BuyerPersona] = []
        var channels: [ChannelPersona] = []
        var diagnostics: ImportDiagnostics
    }

    /// - Parameter existing: personas already in the kit, whose ids new ones must not reuse.
    func run(existing: [ImportedPersona] = []) -> Result {
        var result = Result(diagnostics: ImportDiagnostics(strict: options.strict))
        var imported: [ImportedPersona] = []
        var tableHeaders: [(file: String, headers: [String])] = []

        for (source, kind) in options.sources {
            guard let format = source.format ?? PersonaFileFormat(fileName: source.path.path) else {
                result.diagnostics.report(PersonaIssue.unknownFormat(source.path))
                continue
            }
            let records: [PersonaRecord]
            do {
                if format.isTable {
                    let file = try inputs.read(source.path)
                    let table = try CSVReader.parse(file.text(), file: file.displayPath, delimiter: format == .tsv ? "\t" : ",")
                    let reader = CSVPersonaReader(
                        file: file.displayPath, sourceKind: kind, columns: options.columns.overridden(by: source.columns),
                        listSeparator: source.listSeparator ?? options.listSeparator)
                    records = reader.records(in: table, diagnostics: &result.diagnostics)
                    let headers = table.header?.values ?? []
                    tableHeaders.append((file.displayPath, headers))
                    reportUnusedMappings(source.columns, files: [file.displayPath], headers: headers, into: &result.diagnostics)
                } else {
                    let (file, root) = try inputs.readYAML(source.path)
                    records = YAMLPersonaReader(file: file.displayPath, sourceKind: kind).records(in: root, diagnostics: &result.diagnostics)
                }
            } catch {
                result.diagnostics.report(error)
                continue
            }
            let builder = PersonaBuilder(inTable: format.isTable)
            imported += records.compactMap { builder.build($0, diagnostics: &result.diagnostics) }
        }
        if !tableHeaders.isEmpty {
            reportUnusedMappings(
                options.columns, files: tableHeaders.map(\.file), headers: tableHeaders.flatMap(\.headers), into: &result.diagnostics)
        }

        checkUniqueIDs(imported, existing: existing, diagnostics: &result.diagnostics)
        for persona in imported {
            switch persona.value {
            case .buyer(var buyer):
                buyer.completeness = CompletenessScore.score(buyer, minimum: options.minCompleteness)
                result.buyers.append(buyer)
            case .channel(var channel):
                channel.completeness = CompletenessScore.score(channel, minimum: options.minCompleteness)
                result.channels.append(channel)
            }
        }
        for buyer in result.buyers {
            reportIfIncomplete(.buyer, id: buyer.id, buyer.completeness, at: buyer.source, into: &result.diagnostics)
        }
        for channel in result.channels {
            reportIfIncomplete(.channel, id: channel.id, channel.completeness, at: channel.source, into: &result.diagnostics)
        }
        return result
    }

    /// Ids name personas in messages, sheets and file names, so two personas may not share one,
    /// nor ids that only differ in case or punctuation (they would name the same file).
    private func checkUniqueIDs(_ personas: [ImportedPersona], existing: [ImportedPersona], diagnostics: inout ImportDiagnostics) {
        var seen: [String: ImportedPersona] = [:]
        for persona in existing {
            seen[Self.identity(persona.id)] = seen[Self.identity(persona.id)] ?? persona
        }
        for persona in personas {
            let key = Self.identity(persona.id)
            if let first = seen[key] {
                diagnostics.report(PersonaIssue.duplicateID(
                    persona.id, firstID: first.id, at: persona.idLocation, first: first.idLocation, firstKind: first.kind))
            } else {
                seen[key] = persona
            }
        }
    }

    static func identity(_ id: String) -> String {
        let slug = MarkdownText.slug(id)
        return slug.isEmpty ? id : slug
    }

    private func reportIfIncomplete(
        _ kind: PersonaKind, id: String, _ completeness: Completeness?, at location: SourceLocation?, into diagnostics: inout ImportDiagnostics
    ) {
        guard let completeness, !completeness.isSufficient else { return }
        diagnostics.report(PersonaIssue.incomplete(kind, id: id, completeness: completeness, minimum: completeness.minimum, at: location))
    }

    /// `columns:` entries that match no header of the files they apply to: usually a misspelt
    /// header, which leaves the column it meant unknown.
    private func reportUnusedMappings(_ columns: ColumnMapping?, files: [String], headers: [String], into diagnostics: inout ImportDiagnostics) {
        guard let columns else { return }
        let written = Set(headers.map(PersonaField.compact))
        for entry in columns.entries where !written.contains(entry.key) {
            diagnostics.report(PersonaIssue.unusedColumnMapping(
                entry, in: files, nearest: NearestMatch.find(entry.header, in: headers), severity: diagnostics.unknownSeverity))
        }
    }
}
