extension GlossaryIndex {
    /// Patterns by the first two scalars a text must have where they start, so a text position is
    /// tried against a handful of terms rather than every term with its first letter (40 of a
    /// 2,000-term glossary, on average, for the words of a message).
    ///
    /// A space in a term matches any run of white space, so any white space counts as a space
    /// here. A pattern of one scalar, or one that starts with white space (whose run may swallow
    /// the text's next scalars), is keyed by its first scalar alone. Order within a table does not
    /// matter: the matcher breaks ties by glossary position.
    struct Table: Sendable {
        private var byTwoScalars: [Pair: [Pattern]] = [:]
        private var byFirstScalar: [Unicode.Scalar: [Pattern]] = [:]

        private struct Pair: Hashable, Sendable {
            var first: Unicode.Scalar
            var second: Unicode.Scalar

            init(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
                self.first = first
                self.second = ScalarText.isWhitespace(second) ? " " : second
            }
        }

        var isEmpty: Bool { byTwoScalars.isEmpty && byFirstScalar.isEmpty }

        mutating func add(_ pattern: Pattern, first: Unicode.Scalar, second: Unicode.Scalar?) {
            if let second, !ScalarText.isWhitespace(first) {
                byTwoScalars[Pair(first, second), default: []].append(pattern)
            } else {
                byFirstScalar[first, default: []].append(pattern)
            }
        }

        /// Calls `body` with each pattern that may match at `offset` of `haystack`.
        func forEachCandidate(in haystack: [Unicode.Scalar], at offset: Int, _ body: (Pattern) -> Void) {
            if offset + 1 < haystack.count, let patterns = byTwoScalars[Pair(haystack[offset], haystack[offset + 1])] {
                patterns.forEach(body)
            }
            if !byFirstScalar.isEmpty, let patterns = byFirstScalar[haystack[offset]] {
                patterns.forEach(body)
            }
        }
    }
}
