import LaunchKitYAML

/// The `for:` option: which personas and competitors get their own sheet.
///
/// A list left out means every item of the kit; an empty list means none. The cheat sheet always
/// covers the whole kit: `for:` only chooses battlecards, channel briefs and one-pagers.
public struct SheetSelection: Decodable, Sendable, Equatable {
    /// Buyer persona ids that get a one-pager.
    public var buyers: [Located<String>]?
    /// Channel persona ids that get a channel brief.
    public var channels: [Located<String>]?
    /// Competitor ids that get a battlecard.
    public var competitors: [Located<String>]?

    public init(buyers: [Located<String>]? = nil, channels: [Located<String>]? = nil, competitors: [Located<String>]? = nil) {
        self.buyers = buyers
        self.channels = channels
        self.competitors = competitors
    }
}
