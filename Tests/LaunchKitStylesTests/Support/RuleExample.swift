import LaunchKitStyles
import Testing

/// A rule written in Vale's YAML with text that must trigger it (alerts exactly at the `↓`
/// markers) and text that must not.
struct RuleExample: CustomTestStringConvertible {
    enum Format { case markdown, text }

    var name: String
    var yaml: String
    var triggering: [String]
    var nonTriggering: [String]
    var format: Format = .markdown
    /// The message of the first alert of the first triggering example, when it matters.
    var message: String?
    var suggestion: String?

    var testDescription: String { name }

    func rule() throws -> StyleRule {
        try StyleRule.load(yaml: yaml, name: "Test.\(name)")
    }

    func lint(_ text: String) throws -> [Alert] {
        let linter = Linter(rules: [try rule()])
        switch format {
        case .markdown: return linter.lint(markdown: text, file: "example.md")
        case .text: return linter.lint(text: text, file: "example.txt")
        }
    }
}
