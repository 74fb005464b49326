extension CheatSheetViewModel {
    /// What to say to one buyer persona.
    struct BuyerMessages: Hashable, Sendable {
        let persona: PersonaLabel
        let messages: [MessageLine]
    }
}
