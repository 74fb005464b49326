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
/// (folded YAML); a trailing `s` is read as a plural. Where terms overlap, the longest wins, so
/// "cloud security posture management" is one match, not a match of "posture" inside it.
enum GlossaryMatcher {
    static func matches(of glossary: Glossary, in text: ScalarText) -> [GlossaryMatch] {
        let lowered = text.lowercased
        var found: [GlossaryMatch] = []
        for term in glossary.terms {
            let pattern = Array((term.isAcronym ? term.term : term.term.lowercased()).unicodeScalars)
            guard !pattern.isEmpty else { continue }
            let haystack = term.isAcronym ? text.scalars : lowered
            let needsStartBoundary = ScalarText.isWordScalar(pattern[0])
            let needsEndBoundary = ScalarText.isWordScalar(pattern[pattern.count - 1])
            for start in 0..<text.count where haystack[start] == pattern[0] {
                if needsStartBoundary, text.isWord(at: start - 1) { continue }
                guard let end = matchEnd(pattern, in: haystack, from: start) else { continue }
                if !needsEndBoundary || !text.isWord(at: end) {
                    found.append(GlossaryMatch(term: term, range: start..<end, isPlural: false))
                } else if pattern[pattern.count - 1].properties.isAlphabetic, text.scalars[end] == "s", !text.isWord(at: end + 1) {
                    found.append(GlossaryMatch(term: term, range: start..<(end + 1), isPlural: true))
                }
            }
        }
        found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var kept: [GlossaryMatch] = []
        for match in found where kept.last.map({ $0.range.upperBound <= match.range.lowerBound }) ?? true {
            kept.append(match)
        }
        return kept
    }

    /// Where `pattern` ends when it matches at `start`; spaces in it match any run of white space.
    private static func matchEnd(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        var patternIndex = 0
        while patternIndex < pattern.count {
            let expected = pattern[patternIndex]
            if expected.properties.isWhitespace {
                guard index < text.count, text[index].properties.isWhitespace else { return nil }
                while index < text.count, text[index].properties.isWhitespace { index += 1 }
                while patternIndex < pattern.count, pattern[patternIndex].properties.isWhitespace { patternIndex += 1 }
                continue
            }
            guard index < text.count, text[index] == expected else { return nil }
            index += 1
            patternIndex += 1
        }
        return index
    }
}
