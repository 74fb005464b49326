import LaunchKitCore

/// A persona checked and built from a record, with where its id is written (for duplicate ids).
struct ImportedPersona: Sendable {
    enum Value: Sendable {
        case buyer(BuyerPersona)
        case channel(ChannelPersona)
    }

    var value: Value
    /// Where the id is written; the persona's own location for personas already in the kit.
    var idLocation: SourceLocation?

    var id: String {
        switch value {
        case .buyer(let persona): persona.id
        case .channel(let persona): persona.id
        }
    }

    var kind: PersonaKind {
        switch value {
        case .buyer: .buyer
        case .channel: .channel
        }
    }

    static func existing(_ persona: BuyerPersona) -> ImportedPersona {
        ImportedPersona(value: .buyer(persona), idLocation: persona.source)
    }

    static func existing(_ persona: ChannelPersona) -> ImportedPersona {
        ImportedPersona(value: .channel(persona), idLocation: persona.source)
    }
}
