import Foundation

/// One compiled rule regex in Vale's shape: a head and tail (flags, `raw` text, word-boundary
/// template) around a list of alternatives (a rule's `tokens`, `swap` keys or `either` pairs).
///
/// Compiled once, as Vale does, into a single regex whose alternation keeps Vale's
/// leftmost-first semantics. For speed, each alternative also knows the literal text any match of
/// it must contain (``RequiredLiterals``): the linter scans each block once for all those
/// literals, and a rule then runs a regex made only of the alternatives that can match there
/// (often none, so no regex runs at all). Dropping alternatives that cannot match anywhere in a
/// text does not change what the alternation finds in it, so results are the same as the full
/// regex's. Reduced regexes are compiled on first use and cached.
///
/// The full regex is compiled at load time only when ``ICUSafeSyntax`` cannot vouch for it, so
/// that a pattern ICU rejects is still reported when its rule loads; otherwise it too waits for
/// its first use, which the pre-scan makes rare (the proselint pack's 45 patterns, up to 700
/// alternatives each, cost a quarter of loading it; linting a corpus runs almost none in full).
final class TokenPattern: @unchecked Sendable {
    struct Alternative: Sendable {
        /// ICU syntax, without the capture group added when `capturesAlternatives`.
        var pattern: String
        /// Capture groups inside the alternative itself.
        var innerGroups: Int
        /// Literals any match must contain, or nil when nothing is certain.
        var requirement: RequiredLiterals.Requirement?
    }

    struct Match {
        /// The whole match.
        var range: NSRange
        /// Which alternative matched (only when alternatives are captured).
        var alternative: Int?
        /// The range of the matched alternative's own group.
        var alternativeRange: NSRange?
        var result: NSTextCheckingResult
    }

    let head: String
    let tail: String
    let headGroups: Int
    let alternatives: [Alternative]
    let capturesAlternatives: Bool
    /// Whether ICU matches the alternatives case-insensitively (their literals are then exact
    /// after folding, see ``LiteralIndex``).
    let caseInsensitive: Bool
    /// The ICU source of the whole pattern, every alternative included.
    let source: String
    /// Indexes of alternatives with no literal requirement: candidates in every text.
    let unconditional: [Int]

    /// Guards the compiled regexes: a linter, and so its patterns, is shared by tasks.
    private let lock = NSLock()
    private var compiledFull: NSRegularExpression?
    private var reduced: [[Int]: NSRegularExpression] = [:]

    static let options: NSRegularExpression.Options = [.useUnixLineSeparators]

    /// - Throws: the index of the alternative ICU rejected (or nil when only the whole pattern fails).
    init(
        head: String, tail: String, headGroups: Int, alternatives: [Alternative], capturesAlternatives: Bool, caseInsensitive: Bool
    ) throws(PatternCompileError) {
        self.head = head
        self.caseInsensitive = caseInsensitive
        self.tail = tail
        self.headGroups = headGroups
        self.alternatives = alternatives
        self.capturesAlternatives = capturesAlternatives
        unconditional = alternatives.indices.filter { alternatives[$0].requirement == nil }
        source = Self.assemble(head: head, tail: tail, parts: alternatives.map(\.pattern), capture: capturesAlternatives)
        guard !ICUSafeSyntax.certainlyCompiles(source) else { return }
        do {
            compiledFull = try NSRegularExpression(pattern: source, options: Self.options)
        } catch {
            // Find the alternative ICU rejects, so the error can point at it.
            for (index, alternative) in alternatives.enumerated() where (try? NSRegularExpression(pattern: alternative.pattern, options: Self.options)) == nil {
                throw PatternCompileError(alternative: index)
            }
            throw PatternCompileError(alternative: nil)
        }
    }

    /// A pattern that is a single regex with no alternatives of its own (`first`, `token`...).
    convenience init(single pattern: String, innerGroups: Int, caseInsensitive: Bool, literalSource: String) throws(PatternCompileError) {
        let requirement = RequiredLiterals.of(literalSource, caseInsensitive: caseInsensitive)
        try self.init(
            head: caseInsensitive ? "(?i)" : "", tail: "", headGroups: 0,
            alternatives: [Alternative(pattern: pattern, innerGroups: innerGroups, requirement: requirement)],
            capturesAlternatives: false, caseInsensitive: caseInsensitive)
    }

    private static func assemble(head: String, tail: String, parts: [String], capture: Bool) -> String {
        var pattern = head
        for (offset, part) in parts.enumerated() {
            if offset > 0 { pattern += "|" }
            pattern += capture ? "(\(part))" : part
        }
        return pattern + tail
    }

    /// The regex of every alternative, compiled on first use when loading did not need it.
    /// Call with `lock` held.
    private func fullRegex() -> NSRegularExpression? {
        if let compiledFull { return compiledFull }
        // The syntax check vouched for the pattern, so this cannot fail; if it somehow does,
        // the pattern finds nothing rather than stopping the linter.
        let compiled = try? NSRegularExpression(pattern: source, options: Self.options)
        assert(compiled != nil, "ICUSafeSyntax accepted a pattern ICU rejects: \(source)")
        compiledFull = compiled
        return compiled
    }

    /// The regex to run given the alternatives that can match (nil: all of them).
    private func regex(for candidates: [Int]?) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        guard let candidates, candidates.count < alternatives.count else { return fullRegex() }
        if candidates.isEmpty { return nil }
        if let cached = reduced[candidates] { return cached }
        let source = Self.assemble(head: head, tail: tail, parts: candidates.map { alternatives[$0].pattern }, capture: capturesAlternatives)
        // Each alternative is part of the full pattern, which compiles, so this cannot fail;
        // fall back to the full regex if it somehow does.
        guard let compiled = (try? NSRegularExpression(pattern: source, options: Self.options)) ?? fullRegex() else { return nil }
        reduced[candidates] = compiled
        return compiled
    }

    /// Every match in `range` of `block`, leftmost-first and non-overlapping, as Vale's
    /// `FindAllStringSubmatchIndex` finds them; bounds are opaque, so the range behaves like a
    /// string of its own (`^` matches at its start, look-behinds cannot see before it).
    ///
    /// - Parameter candidates: the alternatives that can match in this range (from the
    ///   literal scan), sorted; nil to run them all.
    func matches(in block: TextBlock, range: NSRange, candidates: [Int]? = nil) -> [Match] {
        var effective = candidates
        if let given = candidates, !unconditional.isEmpty {
            effective = Array(Set(given).union(unconditional)).sorted()
        }
        guard let regex = regex(for: effective) else { return [] }
        let order = (effective?.count ?? alternatives.count) < alternatives.count ? effective! : Array(alternatives.indices)
        let results = regex.matches(in: block.text, options: [], range: range)
        return results.map { result in
            var match = Match(range: result.range, alternative: nil, alternativeRange: nil, result: result)
            if capturesAlternatives {
                var group = headGroups + 1
                // The group count is the translator's; stop rather than trap should ICU ever
                // number the groups otherwise.
                for index in order where group < result.numberOfRanges {
                    let groupRange = result.range(at: group)
                    if groupRange.location != NSNotFound {
                        match.alternative = index
                        match.alternativeRange = groupRange
                        break
                    }
                    group += 1 + alternatives[index].innerGroups
                }
            }
            return match
        }
    }
}

/// ICU rejected a pattern the translator accepted; `alternative` says which part when known.
struct PatternCompileError: Error {
    var alternative: Int?
}
