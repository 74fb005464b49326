import LaunchKitCore

/// An objection a buyer raises and what a rep answers.
struct ObjectionAnswer: Hashable, Sendable {
    let objection: String
    let answer: String

    init(_ objection: Competitor.Objection) {
        self.objection = objection.objection
        self.answer = objection.answer
    }
}
