import LaunchKitCore

/// What `cheat-sheet.mustache` reads: the one page a rep opens before any call.
///
/// Sources: the pitch and what is new come from the release in launchkit.yml; key messages from
/// the plan (`key-messages:` or the first three); what to say to each buyer from the messages
/// naming that persona; discovery questions from the buyer personas; objection handling from the
/// competitors' objections and the channel personas' objections; proof points from the messages'
/// `proof`. The `no_…` flags say what the kit lacks, so the template can say how to add it.
struct CheatSheetViewModel: Sendable {
    let release: ReleaseSummary
    let key_messages: [KeyMessage]
    /// Every buyer persona, in kit order, with the messages written for them (possibly none).
    let buyers: [BuyerMessages]
    /// Buyer personas that have discovery questions.
    let discovery: [PersonaQuestions]
    /// Competitors that have objections.
    let competitor_objections: [CompetitorObjections]
    /// Channel personas that have objections.
    let channel_objections: [ChannelObjections]
    let proof_points: [ProofPoint]
    /// Every other sheet of this run, in render order.
    let more_sheets: [SheetLink]
    let no_messages: Bool
    let no_buyer_personas: Bool
    let no_competitors: Bool
    let no_channel_personas: Bool
    /// There are competitors or channel personas, but none has an objection written down.
    let no_objections: Bool

    init(kit: Kit, plan: SheetPlan) {
        release = ReleaseSummary(kit.release)
        key_messages = plan.keyMessages.enumerated().map { KeyMessage(number: $0.offset + 1, MessageLine($0.element)) }
        buyers = kit.buyerPersonas.map { persona in
            BuyerMessages(persona: PersonaLabel(persona), messages: plan.messages.written(forPersona: persona.id))
        }
        discovery = kit.buyerPersonas.compactMap { persona in
            let questions = persona.discoveryQuestions.filter { $0.nonBlank != nil }
            return questions.isEmpty ? nil : PersonaQuestions(persona: PersonaLabel(persona), questions: questions)
        }
        competitor_objections = kit.competitors.compactMap { competitor in
            guard !competitor.objections.isEmpty else { return nil }
            return CompetitorObjections(
                name: competitor.name, objections: competitor.objections.map(ObjectionAnswer.init),
                battlecard: plan.sheet(about: Subject(.competitor, competitor.id))?.link)
        }
        channel_objections = kit.channelPersonas.compactMap { channel in
            let objections = channel.objections.filter { $0.nonBlank != nil }
            guard !objections.isEmpty else { return nil }
            return ChannelObjections(
                name: channel.name, objections: objections, contact: channel.contact.nonBlank)
        }
        proof_points = MessageLine.proofPoints(of: plan.messages.all)
        more_sheets = plan.sheets.filter { $0.kind != .cheatSheet }.map(\.link)
        no_messages = kit.messages.isEmpty
        no_buyer_personas = kit.buyerPersonas.isEmpty
        no_competitors = kit.competitors.isEmpty
        no_channel_personas = kit.channelPersonas.isEmpty
        no_objections = competitor_objections.isEmpty && channel_objections.isEmpty && !(no_competitors && no_channel_personas)
    }
}
