/// A Markdown file reduced to what Vale lints: the walker's blocks in document order, the
/// metrics of its structure and the summary text readability is computed from.
struct MarkdownDocument {
    let items: [MarkupWalker.Item]
    let metrics: [String: Int]
    let summary: MappedText

    init(source: SourceText, options: MarkupOptions, collectsSummary: Bool = true) {
        var units = source.utf16
        // Ignore patterns rewrite the text; `mapping` takes rewritten offsets back to the source.
        var mapping: [Int32]?
        if !options.blockIgnores.isEmpty || !options.tokenIgnores.isEmpty {
            let original = MappedText(units: units, offsets: units.indices.map { Int32($0) })
            let rewritten = IgnorePatterns.apply(blocks: options.blockIgnores, tokens: options.tokenIgnores, to: original)
            units = rewritten.units
            mapping = rewritten.offsets + [Int32(source.utf16.count)]
        }
        let start = Self.frontMatterEnd(units)
        let parser = MarkdownBlockParser(source: units, startLine: 0)
        let document = parser.parse(start..<units.count)
        let events = MarkdownEventWriter.events(for: document, source: units, references: parser.references)
        var walkerOptions = options.walker
        walkerOptions.collectsSummary = collectsSummary
        var walker = MarkupWalker(options: walkerOptions)
        walker.walk(events)
        metrics = walker.metrics
        guard let mapping else {
            items = walker.items
            summary = walker.summary
            return
        }
        func remap(_ text: MappedText) -> MappedText {
            MappedText(units: text.units, offsets: text.offsets.map { mapping[min(Int($0), mapping.count - 1)] })
        }
        items = walker.items.map { item in
            switch item {
            case .prose(let text): .prose(remap(text))
            case .scoped(let text, let scope): .scoped(remap(text), scope: scope)
            case .comment: item
            }
        }
        summary = remap(walker.summary)
    }

    /// Where the text after YAML (`---`) or TOML (`+++`) front matter starts; Vale turns front
    /// matter into a code block, so none of it is linted.
    static func frontMatterEnd(_ units: [UInt16]) -> Int {
        let dashes: [UInt16] = [45, 45, 45, 10]
        let pluses: [UInt16] = [43, 43, 43, 10]
        guard units.count > 8 else { return 0 }
        let opening = Array(units[0..<4])
        guard opening == dashes || opening == pluses else { return 0 }
        // The closing line must follow at least one character of content.
        var index = 5
        while index + 3 <= units.count {
            if units[index - 1] == 10,
               (units[index] == 45 && units[index + 1] == 45 && units[index + 2] == 45)
                || (units[index] == 43 && units[index + 1] == 43 && units[index + 2] == 43) {
                var end = index
                while end < units.count, units[end] != 10 { end += 1 }
                return min(end + 1, units.count)
            }
            index += 1
        }
        return 0
    }
}
