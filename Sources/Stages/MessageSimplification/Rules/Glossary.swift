import LaunchKitCore

/// The glossary as the rules use it: each term with who may read it as it is, and the words to
/// use instead for everyone else.
public struct Glossary: Sendable {
    public struct Term: Sendable, Hashable {
        public var term: String
        /// The long form of an acronym, written out at its first use.
        public var expansion: String?
        /// What a buyer would say instead.
        public var plain: String?
        /// Buyer persona ids who may read the term as it is.
        public var personas: [String]
        /// True when every buyer may read it (`personas: all`).
        public var everyone: Bool
        public var source: SourceLocation?

        public init(term: String, expansion: String? = nil, plain: String? = nil, personas: [String] = [], everyone: Bool = false, source: SourceLocation? = nil) {
            self.term = term
            self.expansion = expansion
            self.plain = plain
            self.personas = personas
            self.everyone = everyone
            self.source = source
        }

        /// An acronym (CNAPP, SBOM) is matched case-sensitively; any other term ignoring case.
        public var isAcronym: Bool {
            GlossaryTerm(term: term).isAcronym
        }

        /// The term as the kit carries it; `everyone` becomes the list of the kit's buyer personas.
        func kitTerm(allPersonas: [String]) -> GlossaryTerm {
            GlossaryTerm(term: term, expansion: expansion, plain: plain, personas: everyone ? allPersonas : personas, source: source)
        }
    }

    public var terms: [Term]

    public init(_ terms: [Term] = []) {
        self.terms = terms
    }

    /// The entry for a word as written in a text (case-insensitive, like matching).
    public func term(named name: String) -> Term? {
        terms.first { $0.term == name } ?? terms.first { !$0.isAcronym && $0.term.lowercased() == name.lowercased() }
    }
}
