/// Turns a parsed Markdown document into the tag stream goldmark's HTML renderer would produce
/// (with GitHub extensions and footnotes), which is what Vale's linter walks.
struct MarkdownEventWriter {
    let source: [UInt16]
    let references: [String: LinkReference]
    let footnoteDefinitions: [String: MarkdownBlock]
    private(set) var events: [MarkupEvent] = []
    private var inlineParser: MarkdownInlineParser

    init(source: [UInt16], references: [String: LinkReference], footnoteDefinitions: [String: MarkdownBlock]) {
        self.source = source
        self.references = references
        self.footnoteDefinitions = footnoteDefinitions
        inlineParser = MarkdownInlineParser(references: references, footnotes: [], definedFootnotes: Set(footnoteDefinitions.keys))
    }

    static func events(for document: MarkdownBlock, source: [UInt16], references: [String: LinkReference]) -> [MarkupEvent] {
        var definitions: [String: MarkdownBlock] = [:]
        for child in document.children {
            if case .footnote(let label) = child.kind, definitions[label] == nil { definitions[label] = child }
        }
        var writer = MarkdownEventWriter(source: source, references: references, footnoteDefinitions: definitions)
        writer.blocks(document.children, tight: false)
        writer.footnotes()
        return writer.events
    }

    private mutating func blocks(_ blocks: [MarkdownBlock], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    private mutating func block(_ block: MarkdownBlock, tight: Bool) {
        switch block.kind {
        case .document:
            blocks(block.children, tight: false)
        case .paragraph:
            let content = paragraphContent(block.lines)
            if tight {
                inlines(content)
            } else {
                events.append(.start("p"))
                inlines(content)
                events.append(.end("p"))
            }
        case .heading(let level):
            events.append(.start("h\(level)"))
            inlines(paragraphContent(block.lines))
            events.append(.end("h\(level)"))
        case .thematicBreak:
            events.append(.start("hr"))
        case .fencedCode, .indentedCode:
            events.append(.start("pre"))
            events.append(.start("code"))
            events.append(.end("code"))
            events.append(.end("pre"))
        case .html:
            var raw = MappedText()
            for (index, line) in block.lines.enumerated() {
                if index > 0 { raw.append(10, at: line.lowerBound > 0 ? line.lowerBound - 1 : 0) }
                raw.append(source: source, line)
            }
            if let last = block.lines.last { raw.append(10, at: last.upperBound) }
            events.append(contentsOf: HTMLTokenizer.tokenize(raw))
        case .blockquote:
            events.append(.start("blockquote"))
            blocks(block.children, tight: false)
            events.append(.end("blockquote"))
        case .list(let info):
            let tag = info.ordered ? "ol" : "ul"
            events.append(.start(tag, info.ordered && info.start != 1 ? ["start": String(info.start)] : [:]))
            for item in block.children {
                events.append(.start("li"))
                if let checked = item.task {
                    events.append(.start("input", checked ? ["checked": "", "disabled": "", "type": "checkbox"] : ["disabled": "", "type": "checkbox"]))
                }
                blocks(item.children, tight: block.tight)
                events.append(.end("li"))
            }
            events.append(.end(tag))
        case .item:
            blocks(block.children, tight: tight)
        case .footnote:
            break
        case .table:
            table(block)
        }
    }

    private mutating func table(_ block: MarkdownBlock) {
        guard let header = block.rows.first else { return }
        events.append(.start("table"))
        events.append(.start("thead"))
        events.append(.start("tr"))
        for cell in header { tableCell("th", cell) }
        events.append(.end("tr"))
        events.append(.end("thead"))
        if block.rows.count > 1 {
            events.append(.start("tbody"))
            for row in block.rows.dropFirst() {
                events.append(.start("tr"))
                for index in header.indices {
                    tableCell("td", index < row.count ? row[index] : nil)
                }
                events.append(.end("tr"))
            }
            events.append(.end("tbody"))
        }
        events.append(.end("table"))
    }

    private mutating func tableCell(_ tag: String, _ range: Range<Int>?) {
        events.append(.start(tag))
        if let range, !range.isEmpty {
            var content = MappedText()
            // A pipe escaped in a cell is a plain pipe.
            var index = range.lowerBound
            while index < range.upperBound {
                if source[index] == 92, index + 1 < range.upperBound, source[index + 1] == 124 {
                    index += 1
                }
                content.append(source[index], at: index)
                index += 1
            }
            inlines(content)
        }
        events.append(.end(tag))
    }

    /// A paragraph's lines joined with line breaks, without leading indentation and with the
    /// final line's trailing spaces removed.
    private func paragraphContent(_ lines: [Range<Int>]) -> MappedText {
        var content = MappedText()
        for (index, line) in lines.enumerated() {
            var start = line.lowerBound
            while start < line.upperBound, source[start] == 32 || source[start] == 9 { start += 1 }
            if index > 0 { content.append(10, at: lines[index - 1].upperBound) }
            var end = line.upperBound
            if index == lines.count - 1 {
                while end > start, source[end - 1] == 32 || source[end - 1] == 9 { end -= 1 }
            }
            content.append(source: source, start..<end)
        }
        return content
    }

    private mutating func inlines(_ content: MappedText) {
        let nodes = inlineParser.parse(content)
        for node in nodes { inline(node) }
    }

    private mutating func inline(_ node: InlineNode) {
        switch node.kind {
        case .text:
            if !node.text.isEmpty { events.append(.text(node.text)) }
        case .softBreak:
            var newline = MappedText()
            newline.append(10, at: node.offset)
            events.append(.text(newline))
        case .hardBreak:
            events.append(.start("br"))
            var newline = MappedText()
            newline.append(10, at: node.offset)
            events.append(.text(newline))
        case .code:
            events.append(.start("code"))
            if !node.text.isEmpty { events.append(.text(node.text)) }
            events.append(.end("code"))
        case .emphasis, .strong, .strikethrough:
            let tag = node.kind == .emphasis ? "em" : (node.kind == .strong ? "strong" : "del")
            events.append(.start(tag))
            for child in node.children { inline(child) }
            events.append(.end(tag))
        case .link:
            events.append(.start("a", ["href": node.destination]))
            for child in node.children { inline(child) }
            events.append(.end("a"))
        case .image:
            let alt = node.plainText
            events.append(.start("img", attributes: ["src": node.destination, "alt": alt.string], alt: alt))
        case .html:
            events.append(contentsOf: HTMLTokenizer.tokenize(node.text))
        case .footnoteReference:
            events.append(.start("sup", ["id": "fnref:\(node.number)"]))
            events.append(.start("a", ["href": "#fn:\(node.number)", "class": "footnote-ref", "role": "doc-noteref"]))
            var number = MappedText()
            number.append(synthetic: String(node.number), at: node.offset)
            events.append(.text(number))
            events.append(.end("a"))
            events.append(.end("sup"))
        }
    }

    /// goldmark renders referenced footnotes at the end, each ending with a back-link.
    private mutating func footnotes() {
        var rendered = 0
        guard !inlineParser.footnotes.isEmpty else { return }
        events.append(.start("div", ["class": "footnotes", "role": "doc-endnotes"]))
        events.append(.start("hr"))
        events.append(.start("ol"))
        while rendered < inlineParser.footnotes.count {
            let label = inlineParser.footnotes[rendered]
            rendered += 1
            guard let definition = footnoteDefinitions[label] else { continue }
            events.append(.start("li", ["id": "fn:\(rendered)"]))
            let before = events.count
            blocks(definition.children, tight: false)
            // The back-link goes inside the last paragraph.
            let backLink: [MarkupEvent] = [
                .text(MappedText(units: Array("\u{A0}".utf16), offsets: [Int32(definition.lines.last?.upperBound ?? 0)])),
                .start("a", ["href": "#fnref:\(rendered)", "class": "footnote-backref", "role": "doc-backlink"]),
                .text(MappedText(units: Array("\u{21A9}\u{FE0E}".utf16), offsets: [0, 0])),
                .end("a"),
            ]
            if let last = events.indices.last, last >= before, case .end("p") = events[last] {
                events.insert(contentsOf: backLink, at: last)
            } else {
                events.append(contentsOf: backLink)
            }
            events.append(.end("li"))
        }
        events.append(.end("ol"))
        events.append(.end("div"))
    }
}
