import Foundation

/// Vale's `BlockIgnores` and `TokenIgnores` for Markdown: text matching a block pattern is
/// turned into a fenced code block and text matching a token pattern into a code span, before
/// the Markdown is parsed, so neither is linted. Positions are kept: every unit of the rewritten
/// text maps back to the original, inserted fences and backticks to where the match started.
enum IgnorePatterns {
    static func apply(blocks: [String], tokens: [String], to source: MappedText) -> MappedText {
        var text = source
        for pattern in blocks { text = replace(pattern, in: text, before: "\n```\n", after: "\n```\n") }
        for pattern in tokens { text = replace(pattern, in: text, before: "`", after: "`") }
        return text
    }

    /// Replaces each match with its first group (the whole match when it has none) between
    /// `before` and `after`, as Vale's `Replace(s, "\n```\n$1\n```\n")` does.
    private static func replace(_ pattern: String, in text: MappedText, before: String, after: String) -> MappedText {
        guard let translated = try? ValeRegexTranslator.translate(pattern),
              let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else { return text }
        let string = text.string
        let matches = regex.matches(in: string, range: NSRange(location: 0, length: text.count))
        guard !matches.isEmpty else { return text }
        var result = MappedText()
        var cursor = 0
        for match in matches {
            let range = match.range
            result.append(MappedText(units: Array(text.units[cursor..<range.location]), offsets: Array(text.offsets[cursor..<range.location])))
            let anchor = range.location < text.count ? Int(text.offsets[range.location]) : Int(text.offsets.last ?? 0)
            let kept = match.numberOfRanges > 1 ? match.range(at: 1) : range
            result.append(synthetic: before, at: anchor)
            if kept.location != NSNotFound {
                result.append(MappedText(units: Array(text.units[kept.location..<kept.location + kept.length]),
                                         offsets: Array(text.offsets[kept.location..<kept.location + kept.length])))
            }
            result.append(synthetic: after, at: anchor)
            cursor = range.location + range.length
        }
        result.append(MappedText(units: Array(text.units[cursor...]), offsets: Array(text.offsets[cursor...])))
        return result
    }
}
