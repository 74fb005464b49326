import Foundation

/// One file going through the linter: blocks are linted in document order, each rule whose
/// scope and level allow it runs on each block, and findings become positioned, de-duplicated
/// alerts (Vale reports a rule once per line and column, and at most `limit` times per file).
final class LintRun {
    let linter: Linter
    let source: SourceText
    let file: String
    let state = LintState()
    var controls = CommentControls()
    private(set) var alerts: [Alert] = []
    private var seen: Set<String> = []
    private var counts: [String: Int] = [:]
    /// Source offsets already claimed by an alert of a check within the current block (Vale's
    /// per-block `ChkToCtx`), used by ``AlertPositioning/vale``.
    private var claimed: [String: Set<Int>] = [:]

    init(linter: Linter, source: SourceText, file: String) {
        self.linter = linter
        self.source = source
        self.file = file
    }

    /// The scope of a block and the rules whose scope selects it, per scope name.
    private var scopes: [String: (BlockScope, [RuleEntry])] = [:]

    private func rules(for name: String) -> (BlockScope, [RuleEntry]) {
        if let known = scopes[name] { return known }
        let scope = BlockScope(name)
        let entry = (scope, linter.entries.filter { $0.scope.matches(scope) })
        scopes[name] = entry
        return entry
    }

    /// Lints a prose block as Vale's `lintProse`: as paragraphs and sentences when some rule
    /// asks for them, and as a whole under `text`.
    func lintProse(_ text: MappedText, ext: String) {
        let (textScope, textRules) = rules(for: "text\(ext)")
        let (paragraphScope, paragraphRules) = linter.needsParagraphs ? rules(for: "paragraph\(ext)") : (textScope, [])
        let (sentenceScope, sentenceRules) = linter.needsSentences ? rules(for: "sentence\(ext)") : (textScope, [])
        guard !textRules.isEmpty || !paragraphRules.isEmpty || !sentenceRules.isEmpty else { return }
        let block = makeBlock(text, scope: textScope)
        prepare(block)
        if !paragraphRules.isEmpty {
            var start = 0
            let units = text.units
            var index = 0
            while index + 1 < units.count {
                if units[index] == 10 && units[index + 1] == 10 {
                    lint(block.slice(NSRange(location: start, length: index + 2 - start), scope: paragraphScope), paragraphRules)
                    start = index + 2
                    index += 2
                    continue
                }
                index += 1
            }
            lint(block.slice(NSRange(location: start, length: units.count - start), scope: paragraphScope), paragraphRules)
        }
        if !sentenceRules.isEmpty {
            for range in SentenceSegmenter.ranges(in: block) {
                lint(block.slice(range, scope: sentenceScope), sentenceRules)
            }
        }
        if !textRules.isEmpty { lint(block.whole, textRules) }
    }

    /// Lints a block under one scope, as Vale's `lintBlock`.
    func lintScoped(_ text: MappedText, scope name: String) {
        let (scope, entries) = rules(for: name)
        guard !entries.isEmpty else { return }
        let block = makeBlock(text, scope: scope)
        prepare(block)
        lint(block.whole, entries)
    }

    func lintSource(scope name: String) {
        let (scope, entries) = rules(for: name)
        guard !entries.isEmpty else { return }
        let block = TextBlock(source: source, scope: scope)
        prepare(block)
        lint(block.whole, entries)
    }

    private func makeBlock(_ text: MappedText, scope: BlockScope) -> TextBlock {
        var offsets = text.offsets
        offsets.append(text.offsets.last.map { $0 + 1 } ?? 0)
        return TextBlock(units: text.units, sourceOffsets: offsets, scope: scope)
    }

    private func prepare(_ block: TextBlock) {
        state.hits = linter.literals.map { $0.scan(block) }
    }

    private func lint(_ slice: BlockSlice, _ entries: [RuleEntry]) {
        claimed = [:]
        let active = state.hits?.activePatterns(in: slice.range)
        for entry in entries {
            if let active, let triggers = entry.triggers, !triggers.contains(where: { active[$0] }) { continue }
            if controls.isDisabled(entry.controlName) { continue }
            for finding in entry.check.findings(in: slice, state: state) {
                add(finding, rule: entry.rule, slice: slice)
            }
        }
    }

    /// Vale places an alert by searching its text in the source (`initialPosition`): from the
    /// start of the block (or sentence), the first occurrence bounded by word boundaries that is not next to
    /// a backtick or hyphen (else the first bounded one, else the first at all), skipping the
    /// occurrences earlier alerts of the same check claimed in this block.
    private func searchLikeVale(_ match: String, from first: Int, check: String) -> Int? {
        let needle = Array(match.utf16)
        guard !needle.isEmpty else { return nil }
        let units = source.utf16
        let end = units.count
        let taken = claimed[check, default: []]
        func isWord(_ index: Int) -> Bool {
            guard index >= 0, index < units.count, let scalar = Unicode.Scalar(units[index]) else { return false }
            return scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        var plain: Int?
        var bounded: [(start: Int, regexStart: Int, regexEnd: Int)] = []
        var position = first
        while position + needle.count <= end {
            if units[position] == needle[0], Array(units[position..<position + needle.count]) == needle, !taken.contains(position) {
                if plain == nil { plain = position }
                let after = position + needle.count
                let leading = position == 0 || isWord(position - 1) != isWord(position) || units[position - 1] == 95
                let trailing = after >= units.count || isWord(after - 1) != isWord(after) || units[after] == 95
                if leading && trailing {
                    let regexStart = position > 0 && units[position - 1] == 95 && !(isWord(position - 1) != isWord(position)) ? position - 1 : position
                    let regexEnd = after < units.count && units[after] == 95 && !(isWord(after - 1) != isWord(after)) ? after + 1 : after
                    bounded.append((position, regexStart, regexEnd))
                }
            }
            position += 1
        }
        var chosen = bounded.first?.start ?? plain
        for candidate in bounded {
            let before = candidate.regexStart - 1
            let twoAfter = candidate.regexEnd + 1
            if before > 0 && (units[before] == 96 || units[before] == 45) { continue }
            if twoAfter < units.count && (units[twoAfter] == 96 || units[twoAfter] == 45) { continue }
            chosen = candidate.start
            break
        }
        if let chosen { claimed[check, default: []].insert(chosen) }
        return chosen
    }

    /// Whether the block's text at `range` is written exactly so in the source at `offset`.
    private func isLiteral(_ range: NSRange, in block: TextBlock, at offset: Int) -> Bool {
        guard offset + range.length <= source.utf16.count else { return false }
        for index in 0..<range.length where block.units[range.location + index] != source.utf16[offset + index] {
            return false
        }
        return true
    }

    /// Vale's `guessLocation`: the first line of the block that holds every word of the last
    /// sentence containing the match (not at its very start), and that line's length.
    private func guessLine(for match: String, in block: TextBlock) -> (line: Int, length: Int)? {
        var target: String?
        for sentence in SentenceSegmenter.sentences(in: block.text) {
            if sentence == match { target = sentence }
            if let found = sentence.range(of: match), found.lowerBound > sentence.startIndex { target = sentence }
        }
        guard let target else { return nil }
        let words = ValeWordTokenizer.tokenize(target)
        let first = source.lineIndex(of: Int(block.sourceOffsets.first ?? 0))
        let last = source.lineIndex(of: Int(block.sourceOffsets[max(0, block.sourceOffsets.count - 2)]))
        for line in first...max(first, last) {
            let start = source.lineStarts[line]
            let end = line + 1 < source.lineStarts.count ? source.lineStarts[line + 1] - 1 : source.utf16.count
            let text = String(decoding: source.utf16[start..<end], as: UTF16.self)
            if words.allSatisfy(text.contains) { return (line + 1, text.unicodeScalars.count) }
        }
        return nil
    }

    private func add(_ finding: Finding, rule: StyleRule, slice: BlockSlice) {
        let block = slice.block
        var line = 1
        var column = 1
        var end = 1
        if let range = finding.range {
            let offset = Int(block.sourceOffsets[min(range.location, block.sourceOffsets.count - 1)])
            (line, column) = source.position(of: offset)
            var length = finding.match.unicodeScalars.count
            if linter.positioning == .vale {
                // Vale finds an alert by searching its text from the start of the block. In a
                // file under 1,000 bytes it first blanks the words before the match, which lands
                // the search on the match itself; in a larger file the first occurrence wins.
                let sliceStart = Int(block.sourceOffsets[min(slice.range.location, block.sourceOffsets.count - 1)])
                if source.text.utf8.count >= 1000, let found = searchLikeVale(finding.match, from: sliceStart, check: rule.name) {
                    (line, column) = source.position(of: found)
                } else if !isLiteral(range, in: block, at: offset) {
                    guard let guessed = guessLine(for: finding.match, in: block) else { return }
                    line = guessed.line
                    column = 1
                    length = guessed.length
                }
            }
            let extent = source.lineLength(line - 1)
            end = column + length - 1
            if end > extent { end = extent } else if end <= 0 { end = 1 }
        }
        let key = "\(line)-\(column)-\(rule.name)"
        guard !seen.contains(key) else { return }
        if rule.limit > 0 {
            guard counts[rule.name, default: 0] < rule.limit else { return }
            counts[rule.name, default: 0] += 1
        }
        seen.insert(key)
        alerts.append(Alert(
            file: file, line: line, column: column, span: column...max(column, end), check: rule.name, message: finding.message,
            severity: rule.level, match: finding.match, suggestion: finding.suggestion, link: rule.link))
    }
}
