extension CheatSheetViewModel {
    /// The discovery questions for one buyer persona.
    struct PersonaQuestions: Hashable, Sendable {
        let persona: PersonaLabel
        let questions: [String]
    }
}
