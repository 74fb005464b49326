/// A rule of the `launchkit` pack that needs the kit: the glossary, the message's personas, its
/// benefit, proof or reading grade. Rules a Vale style can express are Vale YAML instead (see
/// ``LaunchKitPack``), so users can read and copy them.
///
/// Contract: `check` is pure and deterministic; it reports findings in text order with the
/// severity of its description (the stage applies a user's `rules:` overrides afterwards).
protocol MessageRule: Sendable {
    static var description: RuleDescription { get }

    static func check(_ message: MessageContext) -> [RuleFinding]
}
