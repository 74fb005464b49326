import LaunchKitCore

/// Which of the two persona models a record describes: a buyer (who decides to buy and why) or a
/// sales channel (who decides to sell it and what this release asks of them).
enum PersonaKind: String, Hashable, Sendable, CaseIterable {
    case buyer
    case channel

    /// How messages name one persona of this kind ("buyer persona 'ciso'").
    var noun: String {
        switch self {
        case .buyer: "buyer persona"
        case .channel: "channel persona"
        }
    }

    /// The option that lists sources of only this kind.
    var optionName: String {
        switch self {
        case .buyer: "buyers"
        case .channel: "channels"
        }
    }

    var subjectKind: Subject.Kind {
        switch self {
        case .buyer: .buyerPersona
        case .channel: .channelPersona
        }
    }

    /// Reads a `kind` value as people write it: `buyer`, `Buyer persona`, `channels`.
    init?(spoken text: String) {
        switch PersonaField.compact(text) {
        case "buyer", "buyers", "buyerpersona": self = .buyer
        case "channel", "channels", "channelpersona", "saleschannel": self = .channel
        default: return nil
        }
    }
}
