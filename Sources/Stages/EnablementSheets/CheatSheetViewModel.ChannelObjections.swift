extension CheatSheetViewModel {
    /// Objections a channel persona lists. The kit holds no answers for them (a channel persona's
    /// objections are plain text), so the sheet says so and names the channel's contact.
    struct ChannelObjections: Hashable, Sendable {
        let name: String
        let objections: [String]
        let contact: String?
    }
}
