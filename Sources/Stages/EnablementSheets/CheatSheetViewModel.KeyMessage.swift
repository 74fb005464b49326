extension CheatSheetViewModel {
    /// A key message with its place in the numbered list.
    struct KeyMessage: Hashable, Sendable {
        let number: Int
        let feature: String?
        let text: String
        let benefit: String?

        init(number: Int, _ message: MessageLine) {
            self.number = number
            feature = message.feature
            text = message.text
            benefit = message.benefit
        }
    }
}
