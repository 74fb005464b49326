import LaunchKitCore

/// A persona checked and built from a record, with where its id is written (for duplicate ids).
///
/// `id` and `kind` are stored rather than computed by switching over `value`: the computed form
/// crashes the Swift 6.3.1 optimiser (`swift build -c release`) in `checkUniqueIDs`.
struct ImportedPersona: Sendable {
    enum Value: Sendable {
        case buyer(BuyerPersona)
        case channel(ChannelPersona)
    }

    let value: Value
    let id: String
    let kind: PersonaKind
    /// Where the id is written; the persona's own location for personas already in the kit.
    let idLocation: SourceLocation?

    init(value: Value, idLocation: SourceLocation?) {
        self.value = value
        self.idLocation = idLocation
        switch value {
        case .buyer(let persona):
            id = persona.id
            kind = .buyer
        case .channel(let persona):
            id = persona.id
            kind = .channel
        }
    }

    static func existing(_ persona: BuyerPersona) -> ImportedPersona {
        ImportedPersona(value: .buyer(persona), idLocation: persona.source)
    }

    static func existing(_ persona: ChannelPersona) -> ImportedPersona {
        ImportedPersona(value: .channel(persona), idLocation: persona.source)
    }
}
