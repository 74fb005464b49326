/// Readability metrics that agree with textstat 0.7.13 (English, default options).
///
/// The message-simplification stage grades every message against its persona; users compare
/// those grades with what textstat, and the tools built on it, report for the same text. So the
/// counting rules are textstat's own, quirks included (see `ReadabilityReport` and
/// `Sentences.split(_:)`), not a "better" tokenisation.
public enum Readability {
    /// Counts and scores a plain text (strip Markdown first: textstat would count `#` and `**` as
    /// words' characters too).
    ///
    /// - Parameter text: any text; empty text gives zero everywhere.
    /// - Returns: the counts and all eight metrics, unrounded.
    public static func analyze(_ text: String) -> ReadabilityReport {
        ReadabilityReport(TextScanner.count(text))
    }
}
