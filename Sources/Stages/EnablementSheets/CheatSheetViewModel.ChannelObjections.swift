extension CheatSheetViewModel {
    /// Objections a channel persona lists. The kit holds no answers for them, so the sheet names
    /// the channel's contact instead.
    struct ChannelObjections: Hashable, Sendable {
        let name: String
        let objections: [String]
        let contact: String?
    }
}
