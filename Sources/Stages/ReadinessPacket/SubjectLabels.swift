import LaunchKitCore

/// Short names for what a check is about ("Priya, platform engineer", "'ciso-risk'"), so a list of
/// failures reads as names rather than check ids.
struct SubjectLabels {
    private var names: [Subject: String] = [:]

    init(kit: Kit, assessment: ReadinessAssessment) {
        for persona in kit.buyerPersonas { names[Subject(.buyerPersona, persona.id)] = persona.name }
        for channel in kit.channelPersonas { names[Subject(.channelPersona, channel.id)] = channel.name }
        for competitor in kit.competitors { names[Subject(.competitor, competitor.id)] = competitor.name }
        for message in kit.messages { names[Subject(.message, message.id)] = "'\(message.id)'" }
        for entry in assessment.requirements.required { names[Subject(.checklistItem, entry.id)] = entry.title }
        for item in assessment.requirements.others { names[Subject(.checklistItem, item.id)] = item.title }
    }

    /// The name of the check's subject, or its title when it has none.
    func label(_ check: ReadinessCheck) -> String {
        check.subject.flatMap { names[$0] } ?? check.title
    }
}
