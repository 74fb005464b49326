import LaunchKitCore

/// One launch message as sheets quote it: the simplified text when message simplification proposed
/// one, else the text as written.
struct MessageLine: Hashable, Sendable {
    let id: String
    let feature: String?
    /// `rewrite` when present, else `text`.
    let text: String
    let benefit: String?
    let proof: String?

    init(_ message: Message) {
        id = message.id
        feature = message.feature.nonBlank
        text = message.rewrite.nonBlank ?? message.text
        benefit = message.benefit.nonBlank
        proof = message.proof.nonBlank
    }

    /// Each distinct proof of some messages once, with the feature of the first message that has it.
    static func proofPoints(of messages: [MessageLine]) -> [ProofPoint] {
        var seen: Set<String> = []
        return messages.compactMap { message in
            guard let proof = message.proof, seen.insert(proof).inserted else { return nil }
            return ProofPoint(feature: message.feature, proof: proof)
        }
    }
}
