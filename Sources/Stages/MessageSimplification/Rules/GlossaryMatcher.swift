/// A glossary term found in a text.
struct GlossaryMatch: Hashable, Sendable {
    var term: Glossary.Term
    /// Unicode scalar offsets of the words as written, plural `s` included.
    var range: Range<Int>
    /// Written with a plural `s` the term does not have ("CNAPPs").
    var isPlural: Bool
}

/// Finds glossary terms in a text the way a reader would spot them.
///
/// Whole words only ("CSPM" is not found in "CSPMX"); an acronym in its own case ("sbom" is not
/// "SBOM"), any other term in any case; a space in a term matches any run of spaces or line breaks
/// (folded YAML); a trailing `s` is read as a plural. Where terms overlap, the one that starts
/// first wins, then the longest, so "cloud security posture management" is one match, not a match
/// of "posture" inside it; where two terms match the same words, the one listed first wins.
///
/// The text is read once from left to right: at each position only the terms of the glossary's
/// ``GlossaryIndex`` that start with that scalar are tried, and after a match the scan goes on
/// where it ends (a match starting inside another would lose to it anyway).
enum GlossaryMatcher {
    static func matches(of glossary: Glossary, in text: ScalarText) -> [GlossaryMatch] {
        let index = glossary.index
        let lowered = text.lowercased
        var found: [GlossaryMatch] = []
        var start = 0
        while start < text.count {
            var best: (pattern: GlossaryIndex.Pattern, end: Int, isPlural: Bool)?
            func consider(_ group: GlossaryIndex.Group) {
                guard !group.isEmpty else { return }
                for pattern in group.acronyms[text.scalars[start]] ?? [] {
                    consider(pattern, in: text.scalars)
                }
                for pattern in group.words[lowered[start]] ?? [] {
                    consider(pattern, in: lowered)
                }
            }
            func consider(_ pattern: GlossaryIndex.Pattern, in haystack: [Unicode.Scalar]) {
                guard let (end, isPlural) = match(pattern, in: haystack, of: text, at: start) else { return }
                if let current = best, (current.end, -current.pattern.termIndex) >= (end, -pattern.termIndex) { return }
                best = (pattern, end, isPlural)
            }
            if !text.isWord(at: start - 1) { consider(index.atWordStart) }
            consider(index.anywhere)
            guard let best else {
                start += 1
                continue
            }
            found.append(GlossaryMatch(term: glossary.terms[best.pattern.termIndex], range: start..<best.end, isPlural: best.isPlural))
            start = best.end
        }
        return found
    }

    /// Where a term's pattern ends when it matches at `start` as a whole word (the plural `s`
    /// included), or nil.
    ///
    /// - Parameter haystack: the text as written for an acronym, else its lower case.
    private static func match(
        _ pattern: GlossaryIndex.Pattern, in haystack: [Unicode.Scalar], of text: ScalarText, at start: Int
    ) -> (end: Int, isPlural: Bool)? {
        guard let end = matchEnd(pattern.scalars, in: haystack, from: start) else { return nil }
        if !pattern.needsEndBoundary || !text.isWord(at: end) { return (end, false) }
        if pattern.takesPluralS, text.scalars[end] == "s", !text.isWord(at: end + 1) { return (end + 1, true) }
        return nil
    }

    /// Where `pattern` ends when it matches at `start`; spaces in it match any run of white space.
    private static func matchEnd(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var patternIndex = 0
        while patternIndex < pattern.count {
            let expected = pattern[patternIndex]
            if ScalarText.isWhitespace(expected) {
                guard index < text.count, ScalarText.isWhitespace(text[index]) else { return nil }
                while index < text.count, ScalarText.isWhitespace(text[index]) { index += 1 }
                while patternIndex < pattern.count, ScalarText.isWhitespace(pattern[patternIndex]) { patternIndex += 1 }
                continue
            }
            guard index < text.count, text[index] == expected else { return nil }
            index += 1
            patternIndex += 1
        }
        return index
    }
}
