/// A term a writer may be tempted to use, with what a buyer would say instead.
public struct GlossaryTerm: Hashable, Sendable, Codable {
    public var term: String
    /// The long form of an acronym ("cloud-native application protection platform" for CNAPP).
    public var expansion: String?
    /// Plain wording a buyer would use ("cloud security platform").
    public var plain: String?
    /// Buyer persona ids who use the term themselves; for everyone else it is jargon.
    public var personas: [String]
    public var source: SourceLocation?

    public init(term: String, expansion: String? = nil, plain: String? = nil, personas: [String] = [], source: SourceLocation? = nil) {
        self.term = term
        self.expansion = expansion
        self.plain = plain
        self.personas = personas
        self.source = source
    }

    /// True when the term is written as an acronym (at least two capitals and no lower-case letters).
    public var isAcronym: Bool {
        let letters = term.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
}
