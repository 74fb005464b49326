/// One kind of readiness check, with the points it is worth in the score.
///
/// A family is checked once per subject (each buyer persona, each channel, each checklist item…),
/// and its points are shared equally among its subjects: with four buyer personas, each persona's
/// one-pager is worth a quarter of the family's 10 points. So a kit with many personas does not
/// drown the checklist, and each family weighs what the table below says whatever the kit's size.
/// A family with no subject in the kit (no competitors, so no battlecards to check) is not
/// applicable: it is left out of the score instead of passing or failing.
struct CheckFamily: Hashable, Sendable {
    /// The check id prefix: a check is `<family>:<subject id>`, or just `<family>`.
    var id: String
    /// What passing means, as a heading ("Every buyer persona has a one-pager").
    var title: String
    /// The family's share of 100 when every family applies.
    var points: Double
    /// A failed check of a blocking family fails the gate whatever the score.
    var blocking: Bool
    /// How a subject passes, for the stage's documentation.
    var rule: String
    /// When the family does not count, for the stage's documentation.
    var notApplicable: String

    static let requiredItems = CheckFamily(
        id: "required-items", title: "Checklist items the launch tier requires are done", points: 25, blocking: true,
        rule: "each item the release's tier requires (see the tiers) has status done or n-a; a required item missing from the checklist fails",
        notApplicable: "the checklist lowers every item the tier requires by default (with required-from)")
    static let noErrors = CheckFamily(
        id: "no-errors", title: "No error-level findings", points: 10, blocking: true,
        rule: "no stage reported a finding at error level",
        notApplicable: "the kit has no findings, messages, personas or competitors: nothing was checked")
    static let buyerMessages = CheckFamily(
        id: "buyer-messages", title: "Every buyer persona has a message", points: 10, blocking: false,
        rule: "at least one message lists the persona's id under 'personas'",
        notApplicable: "the kit has no buyer personas")
    static let onePagers = CheckFamily(
        id: "one-pagers", title: "Every buyer persona has a one-pager", points: 10, blocking: false,
        rule: "a file of kind 'sheet.one-pager' is about the persona",
        notApplicable: "the kit has no buyer personas")
    static let channelBriefs = CheckFamily(
        id: "channel-briefs", title: "Every channel has a brief", points: 10, blocking: false,
        rule: "a file of kind 'sheet.channel-brief' is about the channel persona",
        notApplicable: "the kit has no channel personas")
    static let battlecards = CheckFamily(
        id: "battlecards", title: "Every competitor has a battlecard", points: 10, blocking: false,
        rule: "a file of kind 'sheet.battlecard' is about the competitor",
        notApplicable: "the kit has no competitors")
    static let channelChanges = CheckFamily(
        id: "channel-changes", title: "Changes asked of each channel are supported", points: 5, blocking: false,
        rule: "each change in the channel's 'changes_asked' is matched, one for one, by a tool or training in its 'tools_needed' or by a message written for the channel ('channel: <id>'); a channel asked to change nothing passes",
        notApplicable: "the kit has no channel personas")
    static let readingLevel = CheckFamily(
        id: "reading-level", title: "Messages read at their personas' level", points: 5, blocking: false,
        rule: "the message's Flesch-Kincaid grade, rounded to one decimal as the packet shows it, is at most the lowest 'reading_level' of the personas it is written for",
        notApplicable: "no message has readability scores and a persona with a reading level")
    static let personaCompleteness = CheckFamily(
        id: "persona-completeness", title: "Personas are complete enough", points: 5, blocking: false,
        rule: "the persona's completeness score is at least persona-import's 'min-completeness'",
        notApplicable: "no persona has a completeness score")
    static let otherItems = CheckFamily(
        id: "other-items", title: "Other checklist items are done", points: 5, blocking: false,
        rule: "each checklist item the tier does not require has status done or n-a",
        notApplicable: "every checklist item is required, or there is no checklist")
    static let schedule = CheckFamily(
        id: "schedule", title: "No open checklist item is due after the release date", points: 5, blocking: false,
        rule: "an item that is not done or n-a has a due date on or before the release date",
        notApplicable: "there is no checklist item")

    /// Every family, in the order the packet lists them: what blocks first, then what sales sees.
    static let all: [CheckFamily] = [
        requiredItems, noErrors, buyerMessages, onePagers, channelBriefs, battlecards,
        channelChanges, readingLevel, personaCompleteness, otherItems, schedule,
    ]
}
