import Foundation

/// Which blocks a rule runs on, from its `scope` list, matched the way Vale matches it.
///
/// Each entry is one selector (`heading.h2`, `~blockquote`) or several joined with `&`
/// (`~blockquote & ~heading`), all of which must hold. A plain selector matches a block whose
/// scope has all of its sections (`heading.h2` matches `text.heading.h2.md`); a negated one
/// matches any block without them, except `raw` and `summary` blocks, which only a positive
/// selector reaches.
struct RuleScope: Sendable, Equatable {
    struct Selector: Sendable, Equatable {
        var sections: [String]
        var negated: Bool
    }

    /// One entry per `scope` item; the rule runs when any entry matches.
    let entries: [[Selector]]
    let names: [String]

    /// Vale's first-level scope names; anything else is a rule error.
    static let allowed: Set<String> = [
        "text", "heading", "table", "list", "paragraph", "sentence", "alt", "title", "blockquote",
        "summary", "raw", "figure",
    ]
    /// Scopes Vale removed in favour of `raw`.
    static let retired: Set<String> = ["code", "link", "strong", "emphasis"]

    init(_ names: [String]) {
        self.names = names
        entries = names.map { entry in
            entry.split(separator: "&", omittingEmptySubsequences: false).map { part in
                var text = part.trimmingCharacters(in: .whitespaces)
                let negated = text.hasPrefix("~")
                if negated { text.removeFirst() }
                return Selector(sections: text.split(separator: ".", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }, negated: negated)
            }
        }
    }

    func matches(_ scope: BlockScope) -> Bool {
        entries.contains { selectors in
            selectors.allSatisfy { selector in
                let contained = selector.sections.allSatisfy(scope.has)
                if selector.negated {
                    return !contained && !scope.has("raw") && !scope.has("summary")
                }
                return contained
            }
        }
    }

    /// Whether an entry starts with `section` (`sentence`, `paragraph`), so the linter splits
    /// text into sentences or paragraphs only when a loaded rule asks for them, as Vale does.
    func mentions(_ section: String) -> Bool {
        names.contains { $0.split(separator: ".", maxSplits: 1).first.map(String.init) == section }
    }
}
