import LaunchKitCore

/// The view model of `personas.md` (template `personas.mustache`): every persona with its fields
/// under the names persona files use, plus the few sentences the page needs.
///
/// Property names are snake_case because they are the template's vocabulary: the same names a
/// product marketer writes in persona files.
struct PersonasPage {
    struct Buyer {
        var id: String
        var name: String
        var title: String?
        /// As a rep says it: "Decision maker".
        var role_in_purchase: String?
        var priority_initiatives: [String]
        var success_factors: [String]
        var perceived_barriers: [String]
        var decision_criteria: [String]
        var buyers_journey: [String]
        var information_sources: [String]
        var measured_by: [String]
        /// The grade as written: "10", "10.5".
        var reading_level: String?
        var jargon_ok: [String]
        var discovery_questions: [String]
        var notes: String?
        /// 0–100.
        var completeness: Int
        /// What is missing, in words ("perceived barriers").
        var missing: [String]
    }

    struct Channel {
        var id: String
        var name: String
        var channel: String?
        var sales_style: String?
        var measured_by: [String]
        var motivations: [String]
        var changes_asked: [String]
        var tools_needed: [String]
        var objections: [String]
        var contact: String?
        var notes: String?
        var completeness: Int
        var missing: [String]
    }

    /// "CloudGuard 2.0".
    var release: String
    /// "4 buyer personas and 2 sales channels".
    var counts: String
    var buyers: [Buyer]
    var channels: [Channel]

    init(release: Release, buyers: [BuyerPersona], channels: [ChannelPersona]) {
        self.release = release.title
        counts = [
            Self.count(buyers.count, "buyer persona", "buyer personas"),
            Self.count(channels.count, "sales channel", "sales channels"),
        ].joined(separator: " and ")
        self.buyers = buyers.map { persona in
            let completeness = persona.completeness ?? CompletenessScore.score(persona)
            return Buyer(
                id: persona.id, name: persona.name, title: persona.title, role_in_purchase: persona.roleInPurchase?.title,
                priority_initiatives: persona.priorityInitiatives, success_factors: persona.successFactors,
                perceived_barriers: persona.perceivedBarriers, decision_criteria: persona.decisionCriteria,
                buyers_journey: persona.buyersJourney, information_sources: persona.informationSources,
                measured_by: persona.measuredBy, reading_level: persona.readingLevel.map(PersonasCSV.number),
                jargon_ok: persona.jargonOK, discovery_questions: persona.discoveryQuestions, notes: persona.notes,
                completeness: completeness.score, missing: Self.words(completeness.missing))
        }
        self.channels = channels.map { persona in
            let completeness = persona.completeness ?? CompletenessScore.score(persona)
            return Channel(
                id: persona.id, name: persona.name, channel: persona.channel, sales_style: persona.salesStyle,
                measured_by: persona.measuredBy, motivations: persona.motivations, changes_asked: persona.changesAsked,
                tools_needed: persona.toolsNeeded, objections: persona.objections, contact: persona.contact, notes: persona.notes,
                completeness: completeness.score, missing: Self.words(completeness.missing))
        }
    }

    private static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }

    /// Field names as a rep reads them: `buyers_journey` → "buyer's journey".
    private static func words(_ fieldNames: [String]) -> [String] {
        fieldNames.map { name in
            PersonaField.all.first { $0.name == name }.map { $0.label.lowercased() } ?? name
        }
    }
}
