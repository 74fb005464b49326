import LaunchKitCore

/// `personas.csv`: one row per persona, buyers first, then channels, with a `kind` column, so the
/// file reads back through `persona-import` (`personas: personas.csv`) as the same personas.
///
/// Lists are joined with `"; "`; a list with an item that holds `;` is written one item per line
/// instead (a cell with a line break is split on lines only), so every list reads back as written.
/// Roles are written as a rep says them ("Decision maker"), which the importer reads back.
enum PersonasCSV {
    static let header: [String] = PersonaField.all.map(\.name)

    static func render(buyers: [BuyerPersona], channels: [ChannelPersona]) -> String {
        CSVWriter.render(header: header, rows: buyers.map(row) + channels.map(row))
    }

    static func row(_ persona: BuyerPersona) -> [String] {
        PersonaField.all.map { field in
            switch field {
            case .kind: PersonaKind.buyer.rawValue
            case .id: persona.id
            case .name: persona.name
            case .title: persona.title ?? ""
            case .roleInPurchase: persona.roleInPurchase?.title ?? ""
            case .priorityInitiatives: joined(persona.priorityInitiatives)
            case .successFactors: joined(persona.successFactors)
            case .perceivedBarriers: joined(persona.perceivedBarriers)
            case .decisionCriteria: joined(persona.decisionCriteria)
            case .buyersJourney: joined(persona.buyersJourney)
            case .informationSources: joined(persona.informationSources)
            case .measuredBy: joined(persona.measuredBy)
            case .readingLevel: persona.readingLevel.map(number) ?? ""
            case .jargonOK: joined(persona.jargonOK)
            case .discoveryQuestions: joined(persona.discoveryQuestions)
            case .notes: persona.notes ?? ""
            default: ""
            }
        }
    }

    static func row(_ persona: ChannelPersona) -> [String] {
        PersonaField.all.map { field in
            switch field {
            case .kind: PersonaKind.channel.rawValue
            case .id: persona.id
            case .name: persona.name
            case .channel: persona.channel ?? ""
            case .salesStyle: persona.salesStyle ?? ""
            case .measuredBy: joined(persona.measuredBy)
            case .motivations: joined(persona.motivations)
            case .changesAsked: joined(persona.changesAsked)
            case .toolsNeeded: joined(persona.toolsNeeded)
            case .objections: joined(persona.objections)
            case .contact: persona.contact ?? ""
            case .notes: persona.notes ?? ""
            default: ""
            }
        }
    }

    /// Items as one cell that ``CSVPersonaReader/split(_:separator:)`` splits back into the same
    /// items with the default separator.
    static func joined(_ items: [String]) -> String {
        let separator = PersonaImportOptions.defaultListSeparator
        guard items.contains(where: { $0.contains(separator) }) else { return items.joined(separator: separator + " ") }
        // A trailing line break keeps a single item with a separator in it on its own "line".
        return items.joined(separator: "\n") + (items.count == 1 ? "\n" : "")
    }

    /// A reading level as people write it: `10`, `10.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
