/// A glossary prepared once for matching many texts: every term's pattern and flags computed
/// ahead, terms grouped by the two scalars they start with, and the names looked up by dictionary.
///
/// Without it, matching a message tried every term at every position and recomputed each term's
/// pattern and acronym flag (a Unicode lookup per letter) each time: with 2,000 terms and 10,000
/// messages that was most of a large kit's build. With it, each position of a text is tried only
/// against the terms that can start there.
struct GlossaryIndex: Sendable {
    /// One term as the matcher reads it. A plain value (its scalars live in ``scalars``), so
    /// trying thousands of them copies no reference-counted storage.
    struct Pattern: Sendable {
        /// The term's position in the glossary: where two terms match the same words, the earlier wins.
        var termIndex: Int
        /// Where the term's scalars are in ``GlossaryIndex/scalars``: as written for an acronym,
        /// lower-cased for any other term.
        var scalars: Range<Int>
        /// An acronym is matched against the text as written, any other term against its lower case.
        var isAcronym: Bool
        /// A term ending with a letter or digit must not end inside a word (but for a plural `s`).
        var needsEndBoundary: Bool
        /// A term ending with a letter may take a plural `s`.
        var takesPluralS: Bool
    }

    /// The terms that may start at one kind of text position: acronyms, read in the text as
    /// written, and other terms, read in its lower case.
    struct Group: Sendable {
        var acronyms = Table()
        var words = Table()

        var isEmpty: Bool { acronyms.isEmpty && words.isEmpty }
    }

    /// Every pattern's scalars, one after the other.
    private(set) var scalars: [Unicode.Scalar] = []
    /// Terms that start with a letter or digit: tried only where a word starts, which is most
    /// terms and few positions.
    private(set) var atWordStart = Group()
    /// Terms that start with anything else (".NET"): tried at every position.
    private(set) var anywhere = Group()
    /// The first term of each name as written.
    private var termByName: [String: Int] = [:]
    /// The first term that is not an acronym of each lower-cased name.
    private var wordTermByLowercasedName: [String: Int] = [:]

    init(_ terms: [Glossary.Term]) {
        for (termIndex, term) in terms.enumerated() {
            if termByName[term.term] == nil { termByName[term.term] = termIndex }
            let lowercasedName = term.term.lowercased()
            if !term.isAcronym, wordTermByLowercasedName[lowercasedName] == nil { wordTermByLowercasedName[lowercasedName] = termIndex }

            let start = scalars.count
            scalars += (term.isAcronym ? term.term : lowercasedName).unicodeScalars
            guard let first = scalars[safe: start], let last = scalars.last else { continue }
            let pattern = Pattern(
                termIndex: termIndex, scalars: start..<scalars.count, isAcronym: term.isAcronym,
                needsEndBoundary: ScalarText.isWordScalar(last), takesPluralS: last.properties.isAlphabetic)
            let second = scalars.count - start > 1 ? scalars[start + 1] : nil
            if ScalarText.isWordScalar(first) {
                atWordStart.add(pattern, first: first, second: second)
            } else {
                anywhere.add(pattern, first: first, second: second)
            }
        }
    }

    /// The index of the term for a word as written: the term spelled exactly so, else a term
    /// that is not an acronym spelled so in any case.
    func termIndex(named name: String) -> Int? {
        termByName[name] ?? wordTermByLowercasedName[name.lowercased()]
    }
}

extension GlossaryIndex.Group {
    fileprivate mutating func add(_ pattern: GlossaryIndex.Pattern, first: Unicode.Scalar, second: Unicode.Scalar?) {
        if pattern.isAcronym {
            acronyms.add(pattern, first: first, second: second)
        } else {
            words.add(pattern, first: first, second: second)
        }
    }
}
