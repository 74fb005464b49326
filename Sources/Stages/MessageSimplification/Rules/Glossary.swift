import LaunchKitCore

/// The glossary as the rules use it: each term with who may read it as it is, and the words to
/// use instead for everyone else.
public struct Glossary: Sendable {
    public struct Term: Sendable, Hashable {
        public var term: String {
            didSet { isAcronym = GlossaryTerm(term: term).isAcronym }
        }
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
            isAcronym = GlossaryTerm(term: term).isAcronym
            self.expansion = expansion
            self.plain = plain
            self.personas = personas
            self.everyone = everyone
            self.source = source
        }

        /// An acronym (CNAPP, SBOM) is matched case-sensitively; any other term ignoring case.
        ///
        /// Worked out once when the term is set: the rules ask it for every match in every
        /// message, and it looks up the Unicode properties of each letter.
        public private(set) var isAcronym: Bool

        /// The term as the kit carries it; `everyone` becomes the list of the kit's buyer personas.
        func kitTerm(allPersonas: [String]) -> GlossaryTerm {
            GlossaryTerm(term: term, expansion: expansion, plain: plain, personas: everyone ? allPersonas : personas, source: source)
        }
    }

    public var terms: [Term] {
        didSet { index = GlossaryIndex(terms) }
    }

    /// The terms prepared for matching, rebuilt whenever they change, so that a run builds it
    /// once however many messages it checks.
    private(set) var index: GlossaryIndex

    public init(_ terms: [Term] = []) {
        self.terms = terms
        index = GlossaryIndex(terms)
    }

    /// The entry for a word as written in a text: the term spelled exactly so, else a term that
    /// is not an acronym in any case (like matching).
    public func term(named name: String) -> Term? {
        index.termIndex(named: name).map { terms[$0] }
    }
}
