/// A rule's fix, as Vale's `action:` field declares it (`name: replace|remove|edit|suggest|convert`
/// plus `params`). LaunchKit turns it into ``Alert/suggestion``; editors may apply it.
public struct RuleAction: Sendable, Equatable, Hashable {
    public var name: String
    public var params: [String]

    public init(name: String, params: [String] = []) {
        self.name = name
        self.params = params
    }

    /// The action names Vale defines.
    static let knownNames = ["replace", "remove", "edit", "suggest", "convert"]
}
