import Foundation

/// What a check type (existence, substitution, ...) does with one block of text.
///
/// A check is built once from a rule file and is immutable; per-file state that Vale keeps on
/// the file (definitions seen by conditional rules, spellings seen by consistency rules, document
/// statistics for metrics) lives in the ``LintState`` passed in.
protocol RuleCheck: Sendable {
    /// Problems in `slice`. Finding ranges are UTF-16 ranges in `slice.block`.
    func findings(in slice: BlockSlice, state: LintState) -> [Finding]

    /// The regexes whose required literals the linter indexes for its pre-scan.
    var patterns: [TokenPattern] { get }

    /// A copy whose exceptions include the project's accepted vocabulary (Vale's `vocab: true`).
    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck
}

extension RuleCheck {
    var patterns: [TokenPattern] { [] }
    func adding(vocabulary: [String]) throws(PatternCompileError) -> any RuleCheck { self }
}

/// One problem a check found, before it is positioned in the file.
struct Finding {
    /// Where the match is in the block's text; nil for document-level findings, which Vale
    /// reports at line 1, column 1.
    var range: NSRange?
    var match: String
    var message: String
    var suggestion: String?
}
