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
/// ``GlossaryIndex`` that start with the scalars there are tried, and after a match the scan goes on
/// where it ends (a match starting inside another would lose to it anyway).
struct GlossaryMatcher {
    private let index: GlossaryIndex
    private let text: ScalarText
    /// The text scalar for scalar in lower case, what terms other than acronyms are matched against.
    private let lowered: [Unicode.Scalar]

    /// The longest match at one position so far.
    private struct Candidate {
        var termIndex: Int
        var end: Int
        var isPlural: Bool
    }

    static func matches(of glossary: Glossary, in text: ScalarText) -> [GlossaryMatch] {
        GlossaryMatcher(index: glossary.index, text: text, lowered: text.lowercased).matches().map { candidate, range in
            GlossaryMatch(term: glossary.terms[candidate.termIndex], range: range, isPlural: candidate.isPlural)
        }
    }

    private func matches() -> [(Candidate, Range<Int>)] {
        var found: [(Candidate, Range<Int>)] = []
        var start = 0
        while start < text.count {
            var best: Candidate?
            if !text.isWord(at: start - 1) { longest(in: index.atWordStart, at: start, best: &best) }
            longest(in: index.anywhere, at: start, best: &best)
            guard let best else {
                start += 1
                continue
            }
            found.append((best, start..<best.end))
            start = best.end
        }
        return found
    }

    /// Replaces `best` with a longer match of the group's terms at `start`, or one as long of an
    /// earlier term.
    private func longest(in group: GlossaryIndex.Group, at start: Int, best: inout Candidate?) {
        guard !group.isEmpty else { return }
        group.acronyms.forEachCandidate(in: text.scalars, at: start) { pattern in
            consider(pattern, in: text.scalars, at: start, best: &best)
        }
        group.words.forEachCandidate(in: lowered, at: start) { pattern in
            consider(pattern, in: lowered, at: start, best: &best)
        }
    }

    private func consider(_ pattern: GlossaryIndex.Pattern, in haystack: [Unicode.Scalar], at start: Int, best: inout Candidate?) {
        guard let (end, isPlural) = match(pattern, in: haystack, at: start) else { return }
        if let current = best, (current.end, -current.termIndex) >= (end, -pattern.termIndex) { return }
        best = Candidate(termIndex: pattern.termIndex, end: end, isPlural: isPlural)
    }

    /// Where a term's pattern ends when it matches at `start` as a whole word (the plural `s`
    /// included), or nil.
    ///
    /// - Parameter haystack: the text as written for an acronym, else its lower case.
    private func match(_ pattern: GlossaryIndex.Pattern, in haystack: [Unicode.Scalar], at start: Int) -> (end: Int, isPlural: Bool)? {
        guard let end = matchEnd(index.scalars[pattern.scalars], in: haystack, from: start) else { return nil }
        if !pattern.needsEndBoundary || !text.isWord(at: end) { return (end, false) }
        if pattern.takesPluralS, text.scalars[end] == "s", !text.isWord(at: end + 1) { return (end + 1, true) }
        return nil
    }

    /// Where `pattern` ends when it matches at `start`; spaces in it match any run of white space.
    private func matchEnd(_ pattern: ArraySlice<Unicode.Scalar>, in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var patternIndex = pattern.startIndex
        while patternIndex < pattern.endIndex {
            let expected = pattern[patternIndex]
            if ScalarText.isWhitespace(expected) {
                guard index < text.count, ScalarText.isWhitespace(text[index]) else { return nil }
                while index < text.count, ScalarText.isWhitespace(text[index]) { index += 1 }
                while patternIndex < pattern.endIndex, ScalarText.isWhitespace(pattern[patternIndex]) { patternIndex += 1 }
                continue
            }
            guard index < text.count, text[index] == expected else { return nil }
            index += 1
            patternIndex += 1
        }
        return index
    }
}
