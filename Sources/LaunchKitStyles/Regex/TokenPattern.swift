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
    let full: NSRegularExpression
    /// Indexes of alternatives with no literal requirement: candidates in every text.
    let unconditional: [Int]

    private let lock = NSLock()
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
        let source = Self.assemble(head: head, tail: tail, parts: alternatives.map(\.pattern), capture: capturesAlternatives)
        do {
            full = try NSRegularExpression(pattern: source, options: Self.options)
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

    /// The regex to run given the alternatives that can match (nil: all of them).
    private func regex(for candidates: [Int]?) -> NSRegularExpression? {
        guard let candidates, candidates.count < alternatives.count else { return full }
        if candidates.isEmpty { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let cached = reduced[candidates] { return cached }
        let source = Self.assemble(head: head, tail: tail, parts: candidates.map { alternatives[$0].pattern }, capture: capturesAlternatives)
        // Every alternative compiled as part of the full pattern, so this cannot fail; fall back
        // to the full regex if it somehow does.
        let compiled = (try? NSRegularExpression(pattern: source, options: Self.options)) ?? full
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
                for index in order {
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
