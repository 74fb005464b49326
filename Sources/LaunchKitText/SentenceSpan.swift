/// One sentence of a plain text, where it is and how many words textstat counts in it.
public struct SentenceSpan: Sendable, Equatable {
    /// From the sentence's first word character through its closing run of `.`, `!` or `?` (or
    /// the end of the text). Leading quotes and spaces are not part of it.
    public var range: Range<String.Index>
    /// Words as textstat counts them (see `ReadabilityReport.words`).
    public var wordCount: Int

    public init(range: Range<String.Index>, wordCount: Int) {
        self.range = range
        self.wordCount = wordCount
    }

    /// Whether textstat counts this as a sentence: only sentences of more than two words count,
    /// so that "Thanks!" or "Fig. 3." do not pull the average sentence length down.
    public var isCounted: Bool { wordCount > 2 }
}
