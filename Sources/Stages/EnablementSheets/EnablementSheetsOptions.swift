import LaunchKitCore
import LaunchKitYAML

/// What a pipeline entry of enablement-sheets can say under `with:`; every key is optional.
public struct EnablementSheetsOptions: Decodable, Sendable {
    /// Which sheets to render; nil renders all of them.
    public var sheets: Located<[SheetKind]>?
    /// The competitors file (`competitors.yml`) to load into the kit.
    public var competitors: InputPath?
    /// Which personas and competitors get their own sheet.
    public var selection: SheetSelection?
    /// Message ids the cheat sheet leads with, in order.
    public var keyMessages: Located<[Located<String>]>?
    /// What a rep proposes at the end of every one-pager.
    public var nextStep: String?

    public init(
        sheets: Located<[SheetKind]>? = nil, competitors: InputPath? = nil, selection: SheetSelection? = nil,
        keyMessages: Located<[Located<String>]>? = nil, nextStep: String? = nil
    ) {
        self.sheets = sheets
        self.competitors = competitors
        self.selection = selection
        self.keyMessages = keyMessages
        self.nextStep = nextStep
    }

    enum CodingKeys: String, CodingKey {
        case sheets, competitors
        case selection = "for"
        case keyMessages = "key-messages"
        case nextStep = "next-step"
    }

    /// The sheets to render, each once, in the order of ``SheetKind``'s cases.
    var selectedSheets: [SheetKind] {
        guard let sheets else { return SheetKind.allCases }
        return SheetKind.allCases.filter(sheets.value.contains)
    }

    /// The next step when `next-step:` is left out.
    static func defaultNextStep(for release: Release) -> String {
        "Book a 30-minute demo of \(release.title) built around their priorities."
    }
}
