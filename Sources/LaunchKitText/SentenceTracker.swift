/// textstat's sentence rule, `re.findall(r"\b[^.!?]+[.!?]*", text)`, fed one scalar at a time.
///
/// Read as a scanner, the regular expression says: a sentence starts at the first word character
/// (`\w`) after the previous one ended — the `\b` can only hold there — runs to the first `.`, `!`
/// or `?`, and takes the whole run of those with it. Everything between two sentences (spaces,
/// quotes, stray terminators) belongs to neither. textstat then counts each sentence's words with
/// its word rule; this tracker counts them on the way, so no substring is ever built.
struct SentenceTracker {
    /// One match of the regular expression: byte offsets and the words textstat counts in it.
    struct Match {
        var start: Int
        var end: Int
        var wordCount: Int
    }

    private enum State { case between, body, terminators }

    private var state = State.between
    private var start = 0
    private var words = 0
    private var tokenHasWord = false

    /// Feeds the scalar that starts at byte `offset`.
    ///
    /// - Parameters:
    ///   - kind: the scalar's kind.
    ///   - survivesPunctuationRemoval: whether textstat's word rule keeps it (a word character or a
    ///     contraction apostrophe), which makes the surrounding token a word.
    /// - Returns: the sentence that ended just before this scalar, if one did.
    @inline(__always)
    mutating func feed(_ kind: ScalarKind, survivesPunctuationRemoval: Bool, at offset: Int) -> Match? {
        var finished: Match?
        if state == .terminators, kind != .terminator {
            finished = close(at: offset)
        }
        switch state {
        case .between:
            if kind == .word {
                state = .body
                start = offset
                words = 0
                tokenHasWord = true
            }
        case .body:
            switch kind {
            case .terminator: state = .terminators
            case .space: endToken()
            default: if survivesPunctuationRemoval { tokenHasWord = true }
            }
        case .terminators:
            break
        }
        return finished
    }

    /// Ends the text: returns the sentence still open, if any.
    mutating func endOfText(at offset: Int) -> Match? {
        state == .between ? nil : close(at: offset)
    }

    private mutating func close(at offset: Int) -> Match {
        endToken()
        state = .between
        return Match(start: start, end: offset, wordCount: words)
    }

    @inline(__always)
    private mutating func endToken() {
        if tokenHasWord { words += 1 }
        tokenHasWord = false
    }
}
