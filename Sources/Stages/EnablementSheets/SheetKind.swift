/// The sheets enablement-sheets can render, as users name them in `sheets:`.
///
/// The order of the cases is the order sheets are rendered and listed in.
public enum SheetKind: String, CaseIterable, Hashable, Sendable, Decodable {
    case cheatSheet = "cheat-sheet"
    case battlecard
    case channelBrief = "channel-brief"
    case onePager = "one-pager"

    /// The template that renders it, and the first part of its file name.
    var templateName: String { rawValue }

    /// The artifact kind other stages look for (`sheet.battlecard`).
    var artifactKind: String { "sheet.\(rawValue)" }

    /// How a person names one sheet of this kind in a title or a link.
    var displayName: String {
        switch self {
        case .cheatSheet: "Cheat sheet"
        case .battlecard: "Battlecard"
        case .channelBrief: "Channel brief"
        case .onePager: "One-pager"
        }
    }
}
