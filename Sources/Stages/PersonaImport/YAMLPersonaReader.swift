import LaunchKitCore
import LaunchKitYAML

/// Reads the personas of a YAML or JSON document: one persona (a mapping of fields), a list of
/// them, or a mapping that holds lists under `personas:`, `buyers:` and `channels:`.
///
/// Keys match fields ignoring case, spaces and `_`/`-` (so `Buyer's journey` is `buyers_journey`);
/// a single string where a list is expected is a list of one. Structure problems (a list where
/// text belongs) are reported here; what values mean is checked by ``PersonaBuilder``.
struct YAMLPersonaReader {
    let file: String
    /// The kind the stage option declares; nil for `personas:`.
    let sourceKind: PersonaKind?

    /// Keys that hold lists of personas instead of being a persona.
    private static let containerKeys: [String: PersonaKind?] = ["personas": nil, "buyers": .buyer, "channels": .channel]

    func records(in root: Node?, diagnostics: inout ImportDiagnostics) -> [PersonaRecord] {
        guard let root else {
            diagnostics.report(PersonaIssue.noPersonas(in: file))
            return []
        }
        let errorsBefore = diagnostics.errors.count
        let records = self.records(in: root, diagnostics: &diagnostics)
        // A file with nothing in it is a mistake; but when its content was wrong, that was said.
        if records.isEmpty, diagnostics.errors.count == errorsBefore {
            diagnostics.report(PersonaIssue.noPersonas(in: file))
        }
        return records
    }

    private func records(in root: Node, diagnostics: inout ImportDiagnostics) -> [PersonaRecord] {
        switch root {
        case .sequence(let sequence):
            return records(in: sequence, kind: sourceKind, diagnostics: &diagnostics)
        case .mapping(let mapping) where isContainer(mapping):
            var records: [PersonaRecord] = []
            for pair in mapping.pairs {
                let name = pair.key.scalar?.string ?? ""
                var kind = sourceKind
                if let declared = Self.containerKeys[name] ?? nil {
                    if let sourceKind, sourceKind != declared {
                        diagnostics.report(PersonaIssue.kindMismatch(declared, listedAs: sourceKind, at: location(pair.key.mark)))
                        continue
                    }
                    kind = declared
                }
                switch pair.value {
                case .sequence(let sequence):
                    records += self.records(in: sequence, kind: kind, diagnostics: &diagnostics)
                case .mapping(let persona):
                    records.append(record(persona, kind: kind, diagnostics: &diagnostics))
                case .scalar(let scalar) where scalar.isNull:
                    continue
                case .scalar:
                    diagnostics.report(PersonaIssue.notAPersona(found: pair.value.kindDescription, at: location(pair.value.mark), atRoot: true))
                }
            }
            return records
        case .mapping(let mapping):
            return [record(mapping, kind: sourceKind, diagnostics: &diagnostics)]
        case .scalar:
            diagnostics.report(PersonaIssue.notAPersona(found: root.kindDescription, at: location(root.mark), atRoot: true))
            return []
        }
    }

    /// A mapping whose keys are all `personas`, `buyers` or `channels` holds lists of personas.
    private func isContainer(_ mapping: Node.Mapping) -> Bool {
        !mapping.pairs.isEmpty && mapping.pairs.allSatisfy { pair in
            pair.key.scalar.map { Self.containerKeys.keys.contains($0.string) } ?? false
        }
    }

    private func records(in sequence: Node.Sequence, kind: PersonaKind?, diagnostics: inout ImportDiagnostics) -> [PersonaRecord] {
        var records: [PersonaRecord] = []
        for item in sequence.nodes {
            switch item {
            case .mapping(let mapping):
                records.append(record(mapping, kind: kind, diagnostics: &diagnostics))
            case .scalar(let scalar) where scalar.isNull:
                // `- ` with nothing after it: an empty persona, reported by the builder.
                records.append(PersonaRecord(location: location(item.mark), sourceKind: kind))
            default:
                diagnostics.report(PersonaIssue.notAPersona(found: item.kindDescription, at: location(item.mark), atRoot: false))
            }
        }
        return records
    }

    private func record(_ mapping: Node.Mapping, kind sourceKind: PersonaKind?, diagnostics: inout ImportDiagnostics) -> PersonaRecord {
        var record = PersonaRecord(location: location(mapping.mark), sourceKind: sourceKind)
        // Read `id` and `kind` first: messages about other keys name the persona, and which keys
        // are known depends on its kind.
        let id = scalarValue(of: .id, in: mapping)
        let kind = sourceKind ?? scalarValue(of: .kind, in: mapping).flatMap(PersonaKind.init(spoken:))
        var writtenKeys: [PersonaField: String] = [:]
        for pair in mapping.pairs {
            if !isNull(pair.value) { record.isBlank = false }
            guard case .scalar(let key) = pair.key else {
                diagnostics.report(PersonaIssue.unknownField(
                    pair.key.kindDescription, lookup: .unknown, kind: kind, id: id, at: location(pair.key.mark), inTable: false,
                    severity: diagnostics.unknownSeverity))
                continue
            }
            let lookup = PersonaField.lookup(key.string, for: kind)
            guard case .field(let field) = lookup else {
                diagnostics.report(PersonaIssue.unknownField(
                    key.string, lookup: lookup, kind: kind, id: id, at: location(key.mark), inTable: false, severity: diagnostics.unknownSeverity))
                continue
            }
            if let first = writtenKeys[field] {
                diagnostics.report(PersonaIssue.duplicateField(field, first: first, second: key.string, at: location(key.mark), inTable: false))
                continue
            }
            writtenKeys[field] = key.string
            let valueLocation = location(pair.value.mark)
            guard let value = value(of: pair.value, for: field, diagnostics: &diagnostics) else {
                record.unreadable.insert(field.name)
                continue
            }
            if value.isEmpty {
                record.placeholders[field.name] = valueLocation
            } else {
                record.entries.append(PersonaRecord.Entry(field: field, value: value, location: valueLocation))
            }
        }
        return record
    }

    /// The value shaped for the field's type, or nil after reporting a wrong type.
    private func value(of node: Node, for field: PersonaField, diagnostics: inout ImportDiagnostics) -> PersonaRecord.Value? {
        switch (field.type, node) {
        case (.list, .scalar(let scalar)):
            return .list(scalar.isNull ? [] : PersonaText.items([scalar.string]))
        case (.list, .sequence(let sequence)):
            var items: [String] = []
            for item in sequence.nodes {
                guard case .scalar(let scalar) = item else {
                    diagnostics.report(PersonaIssue.wrongType(field, found: "an item that is \(item.kindDescription)", at: location(item.mark)))
                    return nil
                }
                if !scalar.isNull { items.append(scalar.string) }
            }
            return .list(PersonaText.items(items))
        case (_, .scalar(let scalar)):
            return .text(scalar.isNull ? "" : PersonaText.scalar(scalar.string))
        default:
            diagnostics.report(PersonaIssue.wrongType(field, found: node.kindDescription, at: location(node.mark)))
            return nil
        }
    }

    private func scalarValue(of field: PersonaField, in mapping: Node.Mapping) -> String? {
        for pair in mapping.pairs {
            guard let key = pair.key.scalar?.string, PersonaField.lookup(key, for: nil) == .field(field),
                  case .scalar(let scalar) = pair.value, !scalar.isNull else { continue }
            let text = PersonaText.scalar(scalar.string)
            return text.isEmpty ? nil : text
        }
        return nil
    }

    private func isNull(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar): scalar.isNull || scalar.string.isEmpty
        case .sequence(let sequence): sequence.nodes.isEmpty
        case .mapping(let mapping): mapping.pairs.isEmpty
        }
    }

    private func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, mark: mark)
    }
}
