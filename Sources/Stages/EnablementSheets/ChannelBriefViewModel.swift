import LaunchKitCore

/// What `channel-brief.mustache` reads: what this release means for one sales channel.
///
/// Sources, all from the channel persona unless said: what changes (`changes_asked`), what is in it
/// for them (`motivations`), how they are measured (`measured_by`), tools and training
/// (`tools_needed`), messages written for the channel (messages whose `channel` is its id),
/// objections, and who to ask (`contact`); then links to the battlecards.
struct ChannelBriefViewModel: Sendable {
    let release: ReleaseSummary
    let id: String
    let name: String
    /// The kind of channel: direct field sales, reseller, MSP...
    let channel: String?
    let sales_style: String?
    let changes: [String]
    let in_it_for_you: [String]
    let measured_by: [String]
    let tools: [String]
    let messages: [MessageLine]
    let objections: [String]
    let contact: String?
    /// Every battlecard of this run, for competitive deals (one-pagers are a tap away on the cheat
    /// sheet: listing them here too would grow every brief with the number of personas).
    let battlecards: [SheetLink]
    let cheat_sheet: SheetLink?

    init(channel persona: ChannelPersona, kit: Kit, plan: SheetPlan) {
        release = ReleaseSummary(kit.release)
        id = persona.id
        name = persona.name
        channel = persona.channel.nonBlank
        sales_style = persona.salesStyle.nonBlank
        changes = persona.changesAsked.filter { $0.nonBlank != nil }
        in_it_for_you = persona.motivations.filter { $0.nonBlank != nil }
        measured_by = persona.measuredBy.filter { $0.nonBlank != nil }
        tools = persona.toolsNeeded.filter { $0.nonBlank != nil }
        messages = plan.messages.written(forChannel: persona.id)
        objections = persona.objections.filter { $0.nonBlank != nil }
        contact = persona.contact.nonBlank
        battlecards = plan.sheets(.battlecard).map(\.link)
        cheat_sheet = plan.cheatSheet?.link
    }
}
