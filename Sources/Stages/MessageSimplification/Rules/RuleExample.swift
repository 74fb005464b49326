/// A message that shows a rule at work, run against the ``ExampleKit`` by the rule tests.
///
/// `text` marks with `↓` each place a finding must land (SwiftLint's marker): before the first
/// character of the flagged words, or at the very start for a finding about the whole text. A
/// triggering example without a marker expects a finding about the message as a whole (a missing
/// benefit). The other fields default to a complete message for the CFO, so an example states only
/// what matters to its rule.
public struct RuleExample: Sendable {
    public var text: String
    public var feature: String?
    public var benefit: String?
    public var proof: String?
    /// Buyer persona ids from the ``ExampleKit``.
    public var personas: [String]
    /// Where the example is written, so a failing example points at its line.
    public var file: StaticString
    public var line: UInt

    public init(
        _ text: String, feature: String? = "Attack-path analysis", benefit: String? = "Fix the risks that matter first.",
        proof: String? = "Beta teams closed their riskiest paths in 9 days.", personas: [String] = ["cfo"],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        self.text = text
        self.feature = feature
        self.benefit = benefit
        self.proof = proof
        self.personas = personas
        self.file = file
        self.line = line
    }

    /// The marker that shows where a finding lands.
    public static let marker: Character = "↓"

    /// The text without markers, and the Unicode scalar offset of each marker in it.
    public var unmarked: (text: String, offsets: [Int]) {
        var text = ""
        var offsets: [Int] = []
        var scalars = 0
        for character in self.text {
            if character == Self.marker {
                offsets.append(scalars)
            } else {
                text.append(character)
                scalars += character.unicodeScalars.count
            }
        }
        return (text, offsets)
    }
}
