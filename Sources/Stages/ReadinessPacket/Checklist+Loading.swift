import LaunchKitCore
import LaunchKitYAML

extension Checklist {
    /// Reads and validates a checklist file.
    ///
    /// - Throws: ``DiagnosticError`` when the file cannot be read or parsed, or with every problem
    ///   of its items at once (missing field, unknown status, bad date, duplicate id, bad tier),
    ///   each at its `file:line:column`.
    static func load(_ path: InputPath, from inputs: InputReader) throws(DiagnosticError) -> Checklist {
        let (file, root) = try inputs.readYAML(path)
        return try decode(root, file: file.displayPath)
    }

    /// Validates an already parsed checklist document.
    ///
    /// - Parameter root: the document's root node; nil for an empty file.
    static func decode(_ root: Node?, file: String) throws(DiagnosticError) -> Checklist {
        guard let root else {
            throw DiagnosticError(.error(
                "the checklist is empty", at: SourceLocation(file: file, line: 1, column: 1), rule: "readiness.checklist",
                suggestion: "add 'items:' with one entry per launch task"))
        }
        let document: ChecklistDocument
        do {
            document = try NodeDecoder(file: file).decode(ChecklistDocument.self, from: root)
        } catch {
            throw DiagnosticError(error)
        }
        var validator = ChecklistValidator(file: file)
        let items = document.items.enumerated().compactMap { validator.item($1, index: $0) }
        if !validator.problems.isEmpty { throw DiagnosticError(validator.problems.sorted()) }
        return Checklist(items: items, file: file)
    }
}

/// The checklist as written, before validation: every field optional and located, so that all
/// problems of a file can be reported together instead of stopping at the first.
struct ChecklistDocument: Decodable {
    var items: [Entry]

    struct Entry: Decodable {
        var mark: Mark?
        var writtenKeys: [String]
        var id: Located<String>?
        var title: Located<String>?
        var owner: Located<String>?
        var due: Located<String>?
        var status: Located<String>?
        var requiredFrom: Located<String>?
        var link: Located<String>?
        var note: Located<String>?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, owner, due, status
            case requiredFrom = "required-from"
            case link, note
        }

        init(from decoder: any Decoder) throws {
            mark = decoder.yamlMark
            writtenKeys = decoder.yamlNode?.mapping?.pairs.compactMap { $0.key.scalar?.string } ?? []
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(Located<String>.self, forKey: .id)
            title = try container.decodeIfPresent(Located<String>.self, forKey: .title)
            owner = try container.decodeIfPresent(Located<String>.self, forKey: .owner)
            due = try container.decodeIfPresent(Located<String>.self, forKey: .due)
            status = try container.decodeIfPresent(Located<String>.self, forKey: .status)
            requiredFrom = try container.decodeIfPresent(Located<String>.self, forKey: .requiredFrom)
            link = try container.decodeIfPresent(Located<String>.self, forKey: .link)
            note = try container.decodeIfPresent(Located<String>.self, forKey: .note)
        }
    }
}

/// Turns written entries into items, collecting every problem with its location.
struct ChecklistValidator {
    let file: String
    private(set) var problems: [Diagnostic] = []
    /// The first place each id was written, for duplicate reports.
    private var seen: [String: SourceLocation] = [:]

    init(file: String) {
        self.file = file
    }

    /// Words people write for a status, mapped to the one LaunchKit reads, for suggestions.
    static let statusSynonyms: [String: ChecklistItem.Status] = [
        "complete": .done, "completed": .done, "finished": .done, "closed": .done, "shipped": .done,
        "in-progress": .doing, "in progress": .doing, "started": .doing, "wip": .doing, "ongoing": .doing,
        "open": .todo, "not started": .todo, "planned": .todo, "pending": .todo, "to do": .todo, "to-do": .todo,
        "n/a": .notApplicable, "na": .notApplicable, "not applicable": .notApplicable, "skipped": .notApplicable,
    ]

    mutating func item(_ entry: ChecklistDocument.Entry, index: Int) -> ChecklistItem? {
        let place = "items[\(index)]"
        var id: String?
        if let written = required(entry.id, "id", in: place, entry: entry) { id = validID(written, place: place) }
        let title = required(entry.title, "title", in: place, entry: entry)?.value
        let owner = required(entry.owner, "owner", in: place, entry: entry)?.value
        var due: CalendarDate?
        if let written = required(entry.due, "due", in: place, entry: entry) { due = date(written, place: place) }
        var status: ChecklistItem.Status?
        if let written = required(entry.status, "status", in: place, entry: entry) { status = self.status(written, place: place) }
        // Optional fields: absent is fine, written but invalid is a problem.
        let requiredFrom = entry.requiredFrom.map { tier($0, place: place) }
        let link = entry.link.map { self.link($0, place: place) }
        guard let id, let title, let owner, let due, let status, requiredFrom != .some(nil), link != .some(nil) else { return nil }
        let note = entry.note.map(\.value.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        return ChecklistItem(
            id: id, title: title, owner: owner, due: due, status: status, requiredFrom: requiredFrom ?? nil, link: link ?? nil, note: note,
            location: location(entry.mark))
    }

    // MARK: Fields

    /// The trimmed text of a field that must be present and not blank.
    private mutating func required(_ value: Located<String>?, _ key: String, in place: String, entry: ChecklistDocument.Entry) -> Located<String>? {
        if let value, !value.value.trimmed.isEmpty {
            return Located(value.value.trimmed, mark: value.mark)
        }
        if let value {
            report("'\(place).\(key)' is empty", at: value.mark, suggestion: "write the item's \(key)")
        } else {
            let typo = NearestMatch.find(key, in: entry.writtenKeys).map { "did you mean '\(key)' instead of '\($0)'?" }
            report("missing required key '\(key)' in '\(place)'", at: entry.mark, suggestion: typo ?? "add '\(key): ...'")
        }
        return nil
    }

    private mutating func validID(_ id: Located<String>, place: String) -> String? {
        let valid = id.value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            && id.value.first != "-"
        guard valid else {
            report("checklist item id '\(id.value)' must use only lower-case letters, digits and '-'", at: id.mark,
                   suggestion: Self.slug(id.value).map { "write '\($0)'" })
            return nil
        }
        let here = location(id.mark)
        if let first = seen[id.value] {
            problems.append(.error(
                "duplicate checklist item id '\(id.value)'", at: here, rule: "readiness.checklist",
                suggestion: "give each item its own id", notes: [Diagnostic.Note("'\(id.value)' is first defined here", at: first)]))
            return nil
        }
        seen[id.value] = here
        return id.value
    }

    private mutating func date(_ text: Located<String>, place: String) -> CalendarDate? {
        if let date = CalendarDate(text.value) { return date }
        let shaped = text.value.count == 10 && text.value.enumerated().allSatisfy { offset, character in
            offset == 4 || offset == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        if shaped {
            report("'\(place).due' is '\(text.value)', which is not a day of the calendar", at: text.mark,
                   suggestion: "check the month and the day")
        } else {
            report("expected a date written YYYY-MM-DD for '\(place).due', found '\(text.value)'", at: text.mark,
                   suggestion: "write the due date like 2026-11-24")
        }
        return nil
    }

    private mutating func status(_ text: Located<String>, place: String) -> ChecklistItem.Status? {
        if let status = ChecklistItem.Status(rawValue: text.value) { return status }
        let names = ChecklistItem.Status.allCases.map(\.rawValue)
        let guess = Self.statusSynonyms[text.value.lowercased()]?.rawValue ?? NearestMatch.find(text.value, in: names)
        report("unknown status '\(text.value)' for '\(place).status'", at: text.mark,
               suggestion: guess.map { "did you mean '\($0)'?" } ?? "expected one of: \(names.joined(separator: ", "))")
        return nil
    }

    private mutating func tier(_ text: Located<String>, place: String) -> Int? {
        if let tier = Int(text.value.trimmed), LaunchTier.numbered(tier) != nil { return tier }
        report("expected a launch tier (1, 2 or 3) for '\(place).required-from', found '\(text.value)'", at: text.mark,
               suggestion: "1 requires the item for major launches only, 3 for every launch")
        return nil
    }

    /// A link must survive being written inside Markdown link syntax.
    private mutating func link(_ text: Located<String>, place: String) -> String? {
        let link = text.value.trimmed
        if link.isEmpty {
            report("'\(place).link' is empty", at: text.mark, suggestion: "remove the key or write the address")
            return nil
        }
        if link.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0 == "<" || $0 == ">" || $0.value < 0x20 }) {
            report("link '\(link)' contains a space or an angle bracket", at: text.mark, suggestion: "write spaces as '%20'")
            return nil
        }
        return link
    }

    // MARK: Reporting

    private func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, mark: mark)
    }

    private mutating func report(_ message: String, at mark: Mark?, suggestion: String?) {
        problems.append(.error(message, at: location(mark), rule: "readiness.checklist", suggestion: suggestion))
    }

    /// A valid id close to what was written ("Press Release" → "press-release"), or nil.
    static func slug(_ text: String) -> String? {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, slug.last != "-" {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? nil : slug
    }
}
