/// The artifact kinds the enablement-sheets stage writes, and what each is about: how this stage
/// knows which sheets exist without depending on that stage.
enum SheetKind {
    /// One per buyer persona; subject `.buyerPersona`.
    static let onePager = "sheet.one-pager"
    /// One per channel persona; subject `.channelPersona`.
    static let channelBrief = "sheet.channel-brief"
    /// One per competitor; subject `.competitor`.
    static let battlecard = "sheet.battlecard"
    /// One for the release.
    static let cheatSheet = "sheet.cheat-sheet"

    /// Whether an artifact kind is a sales sheet, for grouping the packet's table of contents.
    static func isSheet(_ kind: String) -> Bool {
        kind.hasPrefix("sheet.")
    }
}
