/// Vale's walk over a document's tags (`lintHTMLTokens`), which decides what text is linted and
/// under which scope: paragraphs become prose blocks (split later into sentences), headings,
/// list items, table cells and block quotes become scoped blocks, code and skipped tags are left
/// out, inline code and links whose text is their URL are masked with `*`, and `<!-- vale ... -->`
/// comments switch rules off and on.
///
/// The quirks are Vale's and are kept on purpose, because alerts depend on them: text runs are
/// trimmed and re-joined with a space after inline tags; only the first paragraph of a block
/// quote gets the `blockquote` scope; a nested list item joins its parent's text.
struct MarkupWalker {
    enum Item {
        /// A paragraph-like block, linted as paragraphs, sentences and text.
        case prose(MappedText)
        /// A block with its own scope (`text.heading.h2`, `text.list`, ...), linted as a whole.
        case scoped(MappedText, scope: String)
        case comment(String)
    }

    struct Options: Sendable {
        var skippedTags: [String] = ["script", "style", "pre", "figure", "noscript", "iframe"]
        var ignoredClasses: [String] = []
        var ignoredTags: [String] = ["tt", "code", "kbd"]
        var lintsAltText = true
        /// Whether to collect the summary text (only metric and summary-scoped rules read it).
        var collectsSummary = true
    }

    static let inlineTags: Set<String> = [
        "b", "big", "i", "small", "abbr", "acronym", "cite", "dfn", "em", "kbd", "strong", "a", "br", "img", "span", "sub", "sup",
        "code", "tt", "del",
    ]
    static let tagScopes: [String: String] = [
        "th": "text.table.header", "td": "text.table.cell", "caption": "text.table.caption", "li": "text.list",
        "blockquote": "text.blockquote", "figcaption": "text.figure.caption",
    ]

    let options: Options
    private(set) var items: [Item] = []
    /// Counts of scoped blocks and skipped tags, which metric formulas read.
    private(set) var metrics: [String: Int] = [:]
    /// The prose Vale summarises for readability: paragraphs, list items and quotes, each
    /// followed by a blank line.
    private(set) var summary = MappedText()

    private var skipClasses: [String]
    private var tagHistory: [String] = []
    private var activeTag = ""
    private var activeClass = ""
    private var classBegin = 0
    private var classEnd = 0
    private var buffer = MappedText()

    init(options: Options) {
        self.options = options
        skipClasses = ["problematic", "pre", "code"] + options.ignoredClasses
    }

    private var lastTag: String { tagHistory.last ?? activeTag }

    private var isNestedList: Bool {
        guard lastTag == "li", tagHistory.count > 3 else { return false }
        let up1 = tagHistory[tagHistory.count - 2]
        let up2 = tagHistory[tagHistory.count - 3]
        return (up1 == "ol" || up1 == "ul") && up2 == "li"
    }

    private func hasSkippedClass(_ value: String) -> Bool {
        guard !value.isEmpty else { return false }
        return value.split(separator: " ", omittingEmptySubsequences: false).contains { skipClasses.contains(String($0)) }
    }

    mutating func walk(_ events: [MarkupEvent]) {
        var inBlock = false
        var inline = false
        var skip = false
        var attr = ""
        var parentClass = ""
        var index = 0
        while index < events.count {
            // Adjacent text is one token, as an HTML tokenizer sees it.
            var event = events[index]
            index += 1
            if case .text(var text) = event {
                while index < events.count, case .text(let more) = events[index] {
                    text.append(more)
                    index += 1
                }
                event = .text(text)
            }

            var name = ""
            var isStart = false
            var isEnd = false
            var attributes: [String: String] = [:]
            switch event {
            case .start(let tag, let attrs, _):
                name = tag
                isStart = true
                attributes = attrs
            case .selfClosing(let tag, let attrs, _):
                name = tag
                attributes = attrs
            case .end(let tag):
                name = tag
                isEnd = true
            case .text, .comment:
                break
            }

            if !activeClass.isEmpty && name == activeClass {
                if isStart { classBegin += 1 } else { classEnd += 1 }
            }
            // Looked up once per event: renaming `em` or `b` to `code` below keeps it inline.
            let isInlineTag = !name.isEmpty && Self.inlineTags.contains(name)
            let closed = !activeClass.isEmpty && classBegin == classEnd && classBegin > 0
            let blockSkip = !attributes.isEmpty && hasSkippedClass(attributes["class"] ?? "") && !isInlineTag

            if isStart && (options.skippedTags.contains(name) || blockSkip) {
                if blockSkip {
                    activeClass = name
                    classBegin = 1
                    classEnd = 0
                }
                inBlock = true
                metrics[name, default: 0] += 1
            } else if inBlock && ((!name.isEmpty && options.skippedTags.contains(name)) || closed) {
                inBlock = false
                if closed {
                    activeClass = ""
                    classBegin = 0
                    classEnd = 0
                }
            } else if isStart {
                if (name == "em" || name == "b") && lastTag == "code" { name = "code" }
                inline = isInlineTag
                skip = options.ignoredTags.contains(name)
                tagHistory.append(name)
                activeTag = name
            } else if isEnd && isInlineTag {
                activeTag = ""
            } else if case .comment(let body) = event {
                items.append(.comment(GoFormat.trimSpace(body)))
            } else if case .text(var text) = event {
                text.trimSpace()
                if !inBlock && !text.isEmpty {
                    let skipClass = hasSkippedClass(parentClass)
                    if isNestedList && !inline { text = Self.prefixed(text) }
                    // Vale's `clean`: mask code and URL-as-text links, re-insert the space the
                    // trim removed after an inline tag unless punctuation follows.
                    let starter = Self.startsWithPunctuation(text) && !(skip || skipClass)
                    if skip || skipClass || (!attr.isEmpty && attr.utf16.count == text.count && attr == text.string) {
                        text.mask()
                        skip = false
                    }
                    // The same as appending `prefixed(text)`, without the intermediate copy.
                    if inline && !starter { buffer.append(32, at: text.firstOffset(or: 0)) }
                    buffer.append(text)
                }
            }

            if isEnd && !isInlineTag {
                if buffer.units.contains(where: { !MappedText.isSpace($0) }) { flush() }
                tagHistory = []
                buffer = MappedText()
            }

            // Most events have no attributes: no lookups (and no hashing) for them.
            attr = attributes.isEmpty ? "" : attributes["href"] ?? ""
            parentClass = attributes.isEmpty ? "" : attributes["class"] ?? ""

            switch event {
            case .start("img", _, let alt?), .selfClosing("img", _, let alt?):
                if options.lintsAltText { items.append(.scoped(alt, scope: "text.attr.alt")) }
            default:
                break
            }
        }
    }

    /// Whether text starts with `.`, `?`, `!`, `,`, `:` or `;`, after which Vale adds no space.
    private static func startsWithPunctuation(_ text: MappedText) -> Bool {
        switch text.units.first {
        case 46, 63, 33, 44, 58, 59: true
        default: false
        }
    }

    private static func prefixed(_ text: MappedText) -> MappedText {
        var result = MappedText()
        result.append(32, at: text.firstOffset(or: 0))
        result.append(text)
        return result
    }

    /// Vale's `lintScope`: the first tag of the block with a scope of its own decides.
    private mutating func flush() {
        var text = buffer
        for tag in tagHistory {
            let mapped = Self.tagScopes[tag]
            let isHeading = tag.count == 2 && tag.hasPrefix("h") && tag.last!.isNumber
            guard (mapped != nil && !Self.inlineTags.contains(tag)) || isHeading else { continue }
            if mapped == "text.blockquote" || mapped == "text.list" { appendSummary(text) }
            let scope = mapped ?? "text.heading.\(tag)"
            metrics[String(scope.dropFirst("text.".count)), default: 0] += 1
            text.trimLeadingSpaces()
            items.append(.scoped(text, scope: scope))
            return
        }
        appendSummary(text)
        items.append(.prose(text))
    }

    private mutating func appendSummary(_ text: MappedText) {
        guard options.collectsSummary else { return }
        summary.append(text)
        let end = Int(text.offsets.last ?? 0)
        summary.append(synthetic: "\n\n", at: end)
    }
}
