/// A field of a persona file: a YAML or JSON key, a CSV column. One table describes them all, so
/// the readers, the validation messages, `personas.csv` and the completeness score agree on names.
struct PersonaField: Hashable, Sendable {
    /// How a field's value is read.
    enum ValueType: Hashable, Sendable {
        /// One piece of text (trimmed; empty means absent).
        case text
        /// Several pieces of text: a YAML list (a single string is a list of one), or a CSV cell
        /// split on the list separator.
        case list
        /// A Flesch-Kincaid grade from 1 to 18.
        case readingLevel
        /// A role in the purchase as people say it ("decision maker", "Economic buyer").
        case roleInPurchase
        /// `buyer` or `channel`, for files that mix both.
        case kind

        /// What a value of this type looks like, for "expected ..." messages.
        var expectation: String {
            switch self {
            case .text, .roleInPurchase, .kind: "text"
            case .list: "a list of text"
            case .readingLevel: "a number from 1 to 18"
            }
        }
    }

    /// The name as written in files, snake_case (`priority_initiatives`).
    let name: String
    let type: ValueType
    /// The persona kinds that have this field.
    let kinds: Set<PersonaKind>
    /// Other names people and exports use for it (`role` for `title`).
    let synonyms: [String]
    /// How a sales rep would name it, for `personas.md`.
    let label: String

    /// A field is its name: the rest of the table describes it.
    static func == (lhs: PersonaField, rhs: PersonaField) -> Bool { lhs.name == rhs.name }

    func hash(into hasher: inout Hasher) { hasher.combine(name) }

    private init(_ name: String, _ type: ValueType, _ kinds: Set<PersonaKind>, label: String, synonyms: [String] = []) {
        self.name = name
        self.type = type
        self.kinds = kinds
        self.synonyms = synonyms
        self.label = label
    }

    static let kind = PersonaField("kind", .kind, [.buyer, .channel], label: "Kind")
    static let id = PersonaField("id", .text, [.buyer, .channel], label: "Id")
    static let name = PersonaField("name", .text, [.buyer, .channel], label: "Name")
    static let title = PersonaField("title", .text, [.buyer], label: "Title", synonyms: ["role", "job_title", "job_role"])
    static let roleInPurchase = PersonaField(
        "role_in_purchase", .roleInPurchase, [.buyer], label: "Role in the purchase", synonyms: ["buying_role", "purchase_role"])
    static let priorityInitiatives = PersonaField("priority_initiatives", .list, [.buyer], label: "Priority initiatives")
    static let successFactors = PersonaField("success_factors", .list, [.buyer], label: "Success factors")
    static let perceivedBarriers = PersonaField("perceived_barriers", .list, [.buyer], label: "Perceived barriers")
    static let decisionCriteria = PersonaField("decision_criteria", .list, [.buyer], label: "Decision criteria")
    static let buyersJourney = PersonaField(
        "buyers_journey", .list, [.buyer], label: "Buyer's journey", synonyms: ["buyer_journey", "buying_journey"])
    static let informationSources = PersonaField(
        "information_sources", .list, [.buyer], label: "Information sources", synonyms: ["info_sources"])
    static let measuredBy = PersonaField(
        "measured_by", .list, [.buyer, .channel], label: "Measured by", synonyms: ["compensation", "measured_on"])
    static let readingLevel = PersonaField(
        "reading_level", .readingLevel, [.buyer], label: "Reading level", synonyms: ["reading_grade", "target_grade"])
    static let jargonOK = PersonaField("jargon_ok", .list, [.buyer], label: "Jargon they use", synonyms: ["allowed_jargon"])
    static let discoveryQuestions = PersonaField("discovery_questions", .list, [.buyer], label: "Discovery questions")
    static let channel = PersonaField("channel", .text, [.channel], label: "Channel", synonyms: ["channel_type"])
    static let salesStyle = PersonaField("sales_style", .text, [.channel], label: "Sales style")
    static let motivations = PersonaField("motivations", .list, [.channel], label: "Motivations")
    static let changesAsked = PersonaField(
        "changes_asked", .list, [.channel], label: "Changes this release asks", synonyms: ["changes"])
    static let toolsNeeded = PersonaField("tools_needed", .list, [.channel], label: "Tools needed", synonyms: ["tools"])
    static let objections = PersonaField("objections", .list, [.channel], label: "Objections")
    static let contact = PersonaField("contact", .text, [.channel], label: "Contact")
    static let notes = PersonaField("notes", .text, [.buyer, .channel], label: "Notes")

    /// Every field, in the order `personas.csv` writes them.
    static let all: [PersonaField] = [
        kind, id, name, title, roleInPurchase,
        priorityInitiatives, successFactors, perceivedBarriers, decisionCriteria, buyersJourney,
        informationSources, measuredBy, readingLevel, jargonOK, discoveryQuestions,
        channel, salesStyle, motivations, changesAsked, toolsNeeded, objections, contact,
        notes,
    ]

    /// The fields a persona of `kind` has, in file order.
    static func fields(of kind: PersonaKind) -> [PersonaField] {
        all.filter { $0.kinds.contains(kind) }
    }

    /// What a written key or header names.
    enum Lookup: Equatable {
        /// A field of the persona's kind.
        case field(PersonaField)
        /// A field only the other kind has (`sales_style` in a buyer persona).
        case otherKind(PersonaField)
        case unknown
    }

    /// Finds the field a key or header names, ignoring case, spaces, `_`, `-` and apostrophes, so
    /// `Buyer's Journey`, `buyers-journey` and `BuyersJourney` are all `buyers_journey`.
    static func lookup(_ written: String, for kind: PersonaKind?) -> Lookup {
        let key = compact(written)
        guard !key.isEmpty, let field = byCompactName[key] else { return .unknown }
        if let kind, !field.kinds.contains(kind) { return .otherKind(field) }
        return .field(field)
    }

    private static let byCompactName: [String: PersonaField] = {
        var table: [String: PersonaField] = [:]
        for field in all {
            for name in [field.name] + field.synonyms {
                table[compact(name)] = field
            }
        }
        return table
    }()

    /// The names a key may be compared with for "did you mean" suggestions: field names of `kind`
    /// (or of both kinds when it is unknown).
    static func suggestionCandidates(for kind: PersonaKind?) -> [String] {
        (kind.map(fields(of:)) ?? all).map(\.name)
    }

    /// A written name reduced to lower-case letters and digits, for comparisons that ignore how
    /// a spreadsheet or CRM spells a header.
    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}

extension PersonaField {
    /// A written header in the shape of field names (`Persona Name` → `persona_name`), so "did you
    /// mean" compares like with like.
    static func snakeCase(_ text: String) -> String {
        var result = ""
        var pendingUnderscore = false
        for character in text.lowercased() where character != "'" && character != "\u{2019}" {
            if character.isLetter || character.isNumber {
                if pendingUnderscore, !result.isEmpty { result.append("_") }
                pendingUnderscore = false
                result.append(character)
            } else {
                pendingUnderscore = true
            }
        }
        return result
    }
}
