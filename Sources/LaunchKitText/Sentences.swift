/// Sentence segmentation as textstat does it, with ranges, for rules such as "sentence too long"
/// that must report where a sentence is.
public enum Sentences {
    /// The sentences of a plain text: every match of textstat's `\b[^.!?]+[.!?]*`.
    ///
    /// A sentence starts at a word character and ends after the next run of `.`, `!` or `?`; that
    /// is textstat's rule, so "e.g." and "3.5" end sentences too. Spans of two words or fewer are
    /// returned (a rule may still want to see them) but `isCounted` is false for them, because
    /// `Readability` does not count them, like textstat.
    ///
    /// - Parameter text: any text.
    /// - Returns: the spans in text order; empty for a text without word characters.
    public static func split(_ text: String) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        text.withUTF8Text { utf8 in
            var tracker = SentenceTracker()
            func append(_ match: SentenceTracker.Match) {
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: match.start)
                let end = text.utf8.index(text.utf8.startIndex, offsetBy: match.end)
                spans.append(SentenceSpan(range: start..<end, wordCount: match.wordCount))
            }
            var index = 0
            while index < utf8.count {
                let (value, length) = utf8.scalar(at: index)
                let kind = ScalarKind.of(value)
                let survives = kind == .word || (kind == .apostrophe && utf8.isContractionApostrophe(at: index))
                if let match = tracker.feed(kind, survivesPunctuationRemoval: survives, at: index) {
                    append(match)
                }
                index += length
            }
            if let match = tracker.endOfText(at: utf8.count) { append(match) }
        }
        return spans
    }
}
