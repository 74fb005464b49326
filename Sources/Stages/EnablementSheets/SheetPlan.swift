import LaunchKitCore
import LaunchKitYAML

/// What one run renders, decided from the options and the kit before anything renders: the sheets
/// with their files and subjects, the cheat sheet's key messages and the one-pagers' next step.
///
/// File names are slugs of ids, made unique over every item of the kit (not only the selected
/// ones), so choosing fewer sheets never renames a file.
struct SheetPlan: Sendable {
    /// In render order: cheat sheet, battlecards, channel briefs, one-pagers, each group in kit order.
    var sheets: [PlannedSheet]
    var keyMessages: [Message]
    var nextStep: String
    /// The kit's messages, grouped for the sheets that quote them.
    var messages: MessageIndex
    private var sheetsBySubject: [Subject: PlannedSheet]

    /// How many key messages the cheat sheet leads with when `key-messages:` is left out.
    static let defaultKeyMessageCount = 3

    /// - Parameters:
    ///   - kit: the kit after competitors are loaded.
    ///   - options: the stage's options.
    ///   - configFile: the config as messages show it, where the options' marks point.
    /// - Throws: ``DiagnosticError`` with every id in `for:` or `key-messages:` that is not in the
    ///   kit or is listed twice, and an empty `sheets:` or `key-messages:` list.
    init(kit: Kit, options: EnablementSheetsOptions, configFile: String) throws(DiagnosticError) {
        var problems: [Diagnostic] = []
        func located(_ mark: Mark?) -> SourceLocation { SourceLocation(file: configFile, mark: mark) }

        if let sheets = options.sheets, sheets.value.isEmpty {
            problems.append(.error(
                "'sheets' is empty", at: located(sheets.mark), rule: "sheets.empty-list",
                suggestion: "list some of \(SheetKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")), or leave 'sheets' out to render them all"))
        }
        let kinds = Set(options.selectedSheets)
        let selection = options.selection ?? SheetSelection()

        let competitors = Self.chosen(
            selection.competitors, from: kit.competitors.map { ($0.id, $0.name) }, option: "for.competitors",
            noun: "competitor", located: located, problems: &problems)
        let channels = Self.chosen(
            selection.channels, from: kit.channelPersonas.map { ($0.id, $0.name) }, option: "for.channels",
            noun: "channel persona", located: located, problems: &problems)
        let buyers = Self.chosen(
            selection.buyers, from: kit.buyerPersonas.map { ($0.id, $0.name) }, option: "for.buyers",
            noun: "buyer persona", located: located, problems: &problems)

        var sheets: [PlannedSheet] = []
        if kinds.contains(.cheatSheet) { sheets.append(PlannedSheet(kind: .cheatSheet)) }
        if kinds.contains(.battlecard) { sheets += Self.sheets(.battlecard, .competitor, competitors) }
        if kinds.contains(.channelBrief) { sheets += Self.sheets(.channelBrief, .channelPersona, channels) }
        if kinds.contains(.onePager) { sheets += Self.sheets(.onePager, .buyerPersona, buyers) }

        let keyMessages = Self.keyMessages(options.keyMessages, in: kit.messages, located: located, problems: &problems)
        guard problems.isEmpty else { throw DiagnosticError(problems.sorted()) }
        self.sheets = sheets
        self.keyMessages = keyMessages
        self.nextStep = options.nextStep ?? EnablementSheetsOptions.defaultNextStep(for: kit.release)
        messages = MessageIndex(kit.messages)
        sheetsBySubject = Dictionary(sheets.compactMap { sheet in sheet.subject.map { ($0, sheet) } }) { first, _ in first }
    }

    /// The sheet about a competitor or persona, if this run renders it.
    func sheet(about subject: Subject) -> PlannedSheet? {
        sheetsBySubject[subject]
    }

    func sheets(_ kind: SheetKind) -> [PlannedSheet] {
        sheets.filter { $0.kind == kind }
    }

    /// The cheat sheet, when it is rendered, for the other sheets to link back to.
    var cheatSheet: PlannedSheet? { sheets.first { $0.kind == .cheatSheet } }

    // MARK: - Choosing

    /// An item of the kit, with its slug, and whether `for:` chose it.
    private struct Candidate {
        var id: String
        var name: String
        var slug: String
        var isChosen: Bool
    }

    private static func sheets(_ kind: SheetKind, _ subject: Subject.Kind, _ candidates: [Candidate]) -> [PlannedSheet] {
        candidates.filter(\.isChosen).map {
            PlannedSheet(kind: kind, subject: Subject(subject, $0.id), subjectName: $0.name, slug: $0.slug)
        }
    }

    /// The kit's items in kit order, marking those a `for:` list names (all when there is no list).
    private static func chosen(
        _ list: [Located<String>]?, from items: [(id: String, name: String)], option: String, noun: String,
        located: (Mark?) -> SourceLocation, problems: inout [Diagnostic]
    ) -> [Candidate] {
        let ids = items.map(\.id)
        let slugs = MarkdownText.uniqueSlugs(ids)
        guard let list else {
            return zip(items, slugs).map { Candidate(id: $0.id, name: $0.name, slug: $1, isChosen: true) }
        }
        let named = Set(checkedIDs(list, known: ids, option: option, noun: noun, located: located, problems: &problems))
        return zip(items, slugs).map { Candidate(id: $0.id, name: $0.name, slug: $1, isChosen: named.contains($0.id)) }
    }

    /// The ids of a list that exist in `known`, in list order, reporting unknown and repeated ones.
    private static func checkedIDs(
        _ list: [Located<String>], known: [String], option: String, noun: String,
        located: (Mark?) -> SourceLocation, problems: inout [Diagnostic]
    ) -> [String] {
        var seen: Set<String> = []
        var ids: [String] = []
        for entry in list {
            let id = entry.value
            guard known.contains(id) else {
                let suggestion = NearestMatch.find(id, in: known).map { "did you mean '\($0)'?" }
                    ?? (known.isEmpty ? "the kit has no \(noun)s" : "the \(noun)s are \(known.map { "'\($0)'" }.joined(separator: ", "))")
                problems.append(.error("unknown \(noun) '\(id)' in '\(option)'", at: located(entry.mark), rule: "sheets.unknown-id", suggestion: suggestion))
                continue
            }
            guard seen.insert(id).inserted else {
                problems.append(.error("'\(id)' is listed twice in '\(option)'", at: located(entry.mark), rule: "sheets.duplicate-id", suggestion: "remove one of them"))
                continue
            }
            ids.append(id)
        }
        return ids
    }

    /// The messages the cheat sheet leads with.
    ///
    /// `key-messages:` names them in order. Without it, they are the first
    /// ``defaultKeyMessageCount`` messages in file order that are not written for one channel
    /// (those belong in that channel's brief).
    private static func keyMessages(
        _ option: Located<[Located<String>]>?, in messages: [Message], located: (Mark?) -> SourceLocation, problems: inout [Diagnostic]
    ) -> [Message] {
        guard let option else {
            return Array(messages.filter { $0.channel == nil }.prefix(defaultKeyMessageCount))
        }
        if option.value.isEmpty {
            problems.append(.error(
                "'key-messages' is empty", at: located(option.mark), rule: "sheets.empty-list",
                suggestion: "list message ids, or leave 'key-messages' out to lead with the first \(defaultKeyMessageCount) messages"))
            return []
        }
        if messages.isEmpty {
            problems.append(.error(
                "'key-messages' names messages, but the kit has none", at: located(option.mark), rule: "sheets.unknown-id",
                suggestion: "add 'message-simplification' before 'enablement-sheets', or leave 'key-messages' out"))
            return []
        }
        let ids = checkedIDs(option.value, known: messages.map(\.id), option: "key-messages", noun: "message", located: located, problems: &problems)
        return ids.compactMap { id in messages.first { $0.id == id } }
    }
}
