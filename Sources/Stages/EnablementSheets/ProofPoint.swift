/// A proof point and the feature it backs: `**Attack paths:** design partners closed 74% …`.
struct ProofPoint: Hashable, Sendable {
    let feature: String?
    let proof: String
}
