import LaunchKitCore

/// Turns records into personas, checking what values mean: required fields, the kind, the role in
/// the purchase and the reading level. Problems of structure were reported by the readers.
struct PersonaBuilder {
    /// True when records come from a CSV or TSV table, to word suggestions for cells.
    let inTable: Bool

    /// - Returns: the persona, or nil when it has no kind, id or name (after reporting why).
    func build(_ record: PersonaRecord, diagnostics: inout ImportDiagnostics) -> ImportedPersona? {
        guard !record.isBlank else {
            diagnostics.report(PersonaIssue.emptyPersona(record.sourceKind, at: record.location, inTable: inTable))
            return nil
        }
        let id = record.text(.id)
        guard let kind = kind(of: record, id: id, diagnostics: &diagnostics) else { return nil }
        let name = record.text(.name)
        if id == nil, !record.unreadable.contains(PersonaField.id.name) {
            diagnostics.report(PersonaIssue.missingField(.id, in: kind, id: nil, name: name, at: record.location(of: .id), inTable: inTable))
        }
        if name == nil, !record.unreadable.contains(PersonaField.name.name) {
            diagnostics.report(PersonaIssue.missingField(.name, in: kind, id: id, at: record.location(of: .name), inTable: inTable))
        }
        guard let id, let name else { return nil }

        let value: ImportedPersona.Value
        switch kind {
        case .buyer:
            value = .buyer(BuyerPersona(
                id: id, name: name, title: record.text(.title),
                roleInPurchase: roleInPurchase(record, diagnostics: &diagnostics),
                priorityInitiatives: record.list(.priorityInitiatives), successFactors: record.list(.successFactors),
                perceivedBarriers: record.list(.perceivedBarriers), decisionCriteria: record.list(.decisionCriteria),
                buyersJourney: record.list(.buyersJourney), informationSources: record.list(.informationSources),
                measuredBy: record.list(.measuredBy), readingLevel: readingLevel(record, diagnostics: &diagnostics),
                jargonOK: record.list(.jargonOK), discoveryQuestions: record.list(.discoveryQuestions),
                notes: record.text(.notes), source: record.location))
        case .channel:
            value = .channel(ChannelPersona(
                id: id, name: name, channel: record.text(.channel), salesStyle: record.text(.salesStyle),
                measuredBy: record.list(.measuredBy), motivations: record.list(.motivations),
                changesAsked: record.list(.changesAsked), toolsNeeded: record.list(.toolsNeeded),
                objections: record.list(.objections), contact: record.text(.contact), notes: record.text(.notes),
                source: record.location))
        }
        return ImportedPersona(value: value, idLocation: record.location(of: .id))
    }

    /// The kind its source declares, checked against a `kind` the persona states.
    private func kind(of record: PersonaRecord, id: String?, diagnostics: inout ImportDiagnostics) -> PersonaKind? {
        guard let entry = record.entry(.kind), let written = record.text(.kind) else {
            if record.sourceKind == nil {
                diagnostics.report(PersonaIssue.missingField(.kind, in: nil, id: id, at: record.location(of: .kind), inTable: inTable))
            }
            return record.sourceKind
        }
        guard let stated = PersonaKind(spoken: written) else {
            diagnostics.report(PersonaIssue.unknownKind(written, at: entry.location))
            return nil
        }
        if let sourceKind = record.sourceKind, sourceKind != stated {
            diagnostics.report(PersonaIssue.kindMismatch(stated, listedAs: sourceKind, at: entry.location))
            return nil
        }
        return stated
    }

    private func roleInPurchase(_ record: PersonaRecord, diagnostics: inout ImportDiagnostics) -> BuyerPersona.RoleInPurchase? {
        guard let written = record.text(.roleInPurchase) else { return nil }
        guard let role = BuyerPersona.RoleInPurchase(spoken: written) else {
            diagnostics.report(PersonaIssue.unknownRole(written, at: record.location(of: .roleInPurchase)))
            return nil
        }
        return role
    }

    private func readingLevel(_ record: PersonaRecord, diagnostics: inout ImportDiagnostics) -> Double? {
        guard let written = record.text(.readingLevel) else { return nil }
        let location = record.location(of: .readingLevel)
        guard let level = Double(written), level.isFinite else {
            diagnostics.report(PersonaIssue.wrongType(.readingLevel, found: "'\(written)'", at: location))
            return nil
        }
        guard (1...18).contains(level) else {
            diagnostics.report(PersonaIssue.readingLevelOutOfRange(written, at: location))
            return nil
        }
        return level
    }
}
