import LaunchKitCore

/// A buyer persona as headings and introductions name it: `Security leader (CISO)`.
struct PersonaLabel: Hashable, Sendable {
    let id: String
    let name: String
    let title: String?
    /// Their role in the purchase as a rep says it (`Decision maker`).
    let role: String?

    init(_ persona: BuyerPersona) {
        id = persona.id
        name = persona.name
        title = persona.title.nonBlank
        role = persona.roleInPurchase?.title
    }
}
