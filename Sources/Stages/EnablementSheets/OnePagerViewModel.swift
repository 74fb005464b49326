import LaunchKitCore

/// What `one-pager.mustache` reads: the release told to one buyer persona.
///
/// Sources: their priorities (`priority_initiatives`); how the release helps (the benefits of the
/// messages written for them, or the release's highlights when none has a benefit); messages
/// written for them (the simplified text); proof (those messages' `proof`); concerns to address
/// (`perceived_barriers`); the next step (`next-step:` option).
struct OnePagerViewModel: Sendable {
    let release: ReleaseSummary
    let id: String
    let name: String
    let title: String?
    /// Their role in the purchase as a rep says it.
    let role: String?
    let priorities: [String]
    let how_it_helps: [String]
    let messages: [MessageLine]
    let proof_points: [ProofPoint]
    let concerns: [String]
    let next_step: String
    let cheat_sheet: SheetLink?
    /// The kit has no messages at all (as opposed to none written for this persona).
    let no_messages: Bool

    init(persona: BuyerPersona, kit: Kit, plan: SheetPlan) {
        release = ReleaseSummary(kit.release)
        let label = PersonaLabel(persona)
        id = label.id
        name = label.name
        title = label.title
        role = label.role
        priorities = persona.priorityInitiatives.filter { $0.nonBlank != nil }
        messages = plan.messages.written(forPersona: persona.id)
        var benefits: [String] = []
        for benefit in messages.compactMap(\.benefit) where !benefits.contains(benefit) {
            benefits.append(benefit)
        }
        how_it_helps = benefits.isEmpty ? release.highlights : benefits
        proof_points = MessageLine.proofPoints(of: messages)
        concerns = persona.perceivedBarriers.filter { $0.nonBlank != nil }
        next_step = plan.nextStep
        cheat_sheet = plan.cheatSheet?.link
        no_messages = plan.messages.all.isEmpty
    }
}
