import LaunchKitCore

/// Whether what a release asks of a channel comes with what eases it.
///
/// A channel persona lists `changes_asked` (sell to a new buyer, at a new price) and
/// `tools_needed` (a pricing calculator, a demo environment); messages can be written for one
/// channel (`channel: <id>`). The two lists are not linked item by item in persona files, so the
/// rule counts: every change needs one tool or one channel message of its own. "Two changes, one
/// calculator" fails, and the packet says how many are missing.
struct ChannelSupport: Hashable, Sendable {
    var changes: Int
    var tools: Int
    var channelMessages: Int

    init(channel: ChannelPersona, channelMessages: Int) {
        changes = channel.changesAsked.count
        tools = channel.toolsNeeded.count
        self.channelMessages = channelMessages
    }

    var supports: Int { tools + channelMessages }

    var isSufficient: Bool { supports >= changes }

    /// `2 changes asked, supported by 2 tools and 1 channel message`.
    var summary: String {
        if changes == 0 { return "nothing new is asked of this channel" }
        let by = "\(ReadinessText.count(tools, "tool")) and \(ReadinessText.count(channelMessages, "channel message"))"
        if isSufficient { return "\(ReadinessText.count(changes, "change")) asked, supported by \(by)" }
        return "\(ReadinessText.count(changes, "change")) asked but only \(by): \(changes - supports) without support"
    }
}
