import LaunchKitCore

/// How completely a persona is described: the weighted share of the fields a rep and a writer rely
/// on that are filled in, with the empty ones named.
///
/// Buyer personas: the five rings of buying insight (`priority_initiatives`, `success_factors`,
/// `perceived_barriers`, `decision_criteria`, `buyers_journey`) count 2 each, the key fields
/// (`title`, `role_in_purchase`, `information_sources`, `measured_by`, `reading_level`) 1 each:
/// 15 points. Channel personas: what this release asks of them and what they need for it
/// (`changes_asked`, `tools_needed`) and how they are paid (`measured_by`) count 2 each;
/// `channel`, `sales_style`, `motivations`, `objections` 1 each: 10 points. The score is
/// `100 × filled / total`, rounded half up. `id` and `name` are required, so never missing;
/// `jargon_ok`, `discovery_questions`, `contact` and `notes` may rightly be empty and do not count.
enum CompletenessScore {
    struct Weight {
        var field: PersonaField
        var points: Int
    }

    static let buyerWeights: [Weight] = [
        Weight(field: .title, points: 1),
        Weight(field: .roleInPurchase, points: 1),
        Weight(field: .priorityInitiatives, points: 2),
        Weight(field: .successFactors, points: 2),
        Weight(field: .perceivedBarriers, points: 2),
        Weight(field: .decisionCriteria, points: 2),
        Weight(field: .buyersJourney, points: 2),
        Weight(field: .informationSources, points: 1),
        Weight(field: .measuredBy, points: 1),
        Weight(field: .readingLevel, points: 1),
    ]

    static let channelWeights: [Weight] = [
        Weight(field: .channel, points: 1),
        Weight(field: .salesStyle, points: 1),
        Weight(field: .measuredBy, points: 2),
        Weight(field: .motivations, points: 1),
        Weight(field: .changesAsked, points: 2),
        Weight(field: .toolsNeeded, points: 2),
        Weight(field: .objections, points: 1),
    ]

    static func score(_ persona: BuyerPersona, minimum: Int = PersonaImportOptions.defaultMinCompleteness) -> Completeness {
        score(buyerWeights, minimum: minimum) { field in
            switch field {
            case .title: persona.title != nil
            case .roleInPurchase: persona.roleInPurchase != nil
            case .priorityInitiatives: !persona.priorityInitiatives.isEmpty
            case .successFactors: !persona.successFactors.isEmpty
            case .perceivedBarriers: !persona.perceivedBarriers.isEmpty
            case .decisionCriteria: !persona.decisionCriteria.isEmpty
            case .buyersJourney: !persona.buyersJourney.isEmpty
            case .informationSources: !persona.informationSources.isEmpty
            case .measuredBy: !persona.measuredBy.isEmpty
            case .readingLevel: persona.readingLevel != nil
            default: true
            }
        }
    }

    static func score(_ persona: ChannelPersona, minimum: Int = PersonaImportOptions.defaultMinCompleteness) -> Completeness {
        score(channelWeights, minimum: minimum) { field in
            switch field {
            case .channel: persona.channel != nil
            case .salesStyle: persona.salesStyle != nil
            case .measuredBy: !persona.measuredBy.isEmpty
            case .motivations: !persona.motivations.isEmpty
            case .changesAsked: !persona.changesAsked.isEmpty
            case .toolsNeeded: !persona.toolsNeeded.isEmpty
            case .objections: !persona.objections.isEmpty
            default: true
            }
        }
    }

    private static func score(_ weights: [Weight], minimum: Int, isFilled: (PersonaField) -> Bool) -> Completeness {
        let total = weights.reduce(0) { $0 + $1.points }
        var filled = 0
        var missing: [String] = []
        for weight in weights {
            if isFilled(weight.field) {
                filled += weight.points
            } else {
                missing.append(weight.field.name)
            }
        }
        return Completeness(score: (200 * filled + total) / (2 * total), missing: missing, minimum: minimum)
    }
}
