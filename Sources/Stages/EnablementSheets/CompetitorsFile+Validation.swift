import LaunchKitCore
import LaunchKitYAML

extension CompetitorsFile {
    /// Reads, decodes and checks a competitors file.
    ///
    /// - Parameters:
    ///   - path: the `competitors:` option.
    ///   - inputs: the kit's input reader.
    ///   - existing: competitors already in the kit, whose ids the file must not reuse.
    /// - Returns: the competitors in file order.
    /// - Throws: ``DiagnosticError`` with every problem of the file: unknown keys and the first type
    ///   error from decoding, or else every missing or blank name and every duplicate id.
    static func load(_ path: InputPath, from inputs: InputReader, existing: [Competitor]) throws(DiagnosticError) -> [Competitor] {
        let (file, decoded) = try inputs.decode(CompetitorsFile.self, from: path)
        return try decoded.competitors(file: file.displayPath, existing: existing)
    }

    /// Checks the decoded entries and turns them into the kit's model.
    ///
    /// An entry without an `id` gets the slug of its name (`Skyline Security` → `skyline-security`).
    ///
    /// - Parameters:
    ///   - file: the file as messages show it.
    ///   - existing: competitors already in the kit.
    /// - Throws: ``DiagnosticError`` with every problem found, in source order.
    func competitors(file: String, existing: [Competitor]) throws(DiagnosticError) -> [Competitor] {
        var problems: [Diagnostic] = []
        var firstDefinitions: [String: SourceLocation?] = [:]
        for competitor in existing where firstDefinitions[competitor.id] == nil {
            firstDefinitions[competitor.id] = .some(competitor.source)
        }
        var competitors: [Competitor] = []
        for (index, entry) in entries.enumerated() {
            let place = "competitors[\(index)]"
            let entryLocation = SourceLocation(file: file, mark: entry.mark)
            var entryProblems: [Diagnostic] = []
            for (offset, objection) in entry.objections.enumerated() {
                entryProblems += Self.problems(of: objection, at: "\(place).objections[\(offset)]", file: file)
            }
            guard let name = entry.name else {
                problems.append(.error(
                    "missing required key 'name' in '\(place)'", at: entryLocation, rule: "competitors.missing-name",
                    suggestion: "add 'name: ...': the name a rep says out loud"))
                problems += entryProblems
                continue
            }
            let nameLocation = SourceLocation(file: file, mark: name.mark)
            if Self.isBlank(name.value) {
                entryProblems.append(.error("'name' of '\(place)' is empty", at: nameLocation, rule: "competitors.empty-value"))
            }
            let id: String
            let idLocation: SourceLocation
            if let written = entry.id {
                id = written.value
                idLocation = SourceLocation(file: file, mark: written.mark)
                if Self.isBlank(id) {
                    entryProblems.append(.error(
                        "'id' of '\(place)' is empty", at: idLocation, rule: "competitors.empty-value",
                        suggestion: "write an id such as '\(MarkdownText.slug(name.value))', or leave 'id' out to use that"))
                }
            } else {
                id = MarkdownText.slug(name.value)
                idLocation = nameLocation
            }
            // A blank name already has its error; the id made from it would only add noise.
            if !Self.isBlank(id), entry.id != nil || !Self.isBlank(name.value) {
                if let first = firstDefinitions[id] {
                    let derived = entry.id == nil ? " (made from the name '\(name.value)')" : ""
                    entryProblems.append(.error(
                        "duplicate competitor id '\(id)'\(derived)", at: idLocation, rule: "competitors.duplicate-id",
                        suggestion: "give one of them another 'id:'",
                        notes: [Diagnostic.Note("'\(id)' is first defined here", at: first)]))
                } else {
                    firstDefinitions[id] = .some(idLocation)
                }
            }
            problems += entryProblems
            guard entryProblems.isEmpty else { continue }
            competitors.append(Competitor(
                id: id, name: name.value, positioning: entry.positioning, strengths: entry.strengths, weaknesses: entry.weaknesses,
                whyWeWin: entry.whyWeWin, landmines: entry.landmines,
                objections: entry.objections.compactMap { objection in
                    guard let text = objection.objection?.value, let answer = objection.answer?.value else { return nil }
                    return Competitor.Objection(objection: text, answer: answer)
                },
                quickDismissals: entry.quickDismissals, pricingNotes: entry.pricingNotes, source: entryLocation))
        }
        guard problems.isEmpty else { throw DiagnosticError(problems.sorted()) }
        return competitors
    }

    /// Both halves of an objection must be there and not blank: a battlecard row without an answer
    /// leaves a rep with nothing to say.
    private static func problems(of objection: Objection, at place: String, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (key, value) in [("objection", objection.objection), ("answer", objection.answer)] {
            if let value {
                if isBlank(value.value) {
                    problems.append(.error("'\(key)' of '\(place)' is empty", at: SourceLocation(file: file, mark: value.mark), rule: "competitors.empty-value"))
                }
            } else {
                problems.append(.error(
                    "missing required key '\(key)' in '\(place)'", at: SourceLocation(file: file, mark: objection.mark),
                    rule: "competitors.missing-field", suggestion: "add '\(key): ...'"))
            }
        }
        return problems
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
