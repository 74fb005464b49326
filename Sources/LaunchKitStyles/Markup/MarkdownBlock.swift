/// A block of a Markdown document (CommonMark with GitHub's tables, task lists and footnotes),
/// with the source ranges of its content lines.
final class MarkdownBlock {
    struct ListInfo: Equatable {
        var ordered: Bool
        var bullet: UInt16
        var start: Int
        var delimiter: UInt16
        var padding: Int
        var markerOffset: Int
    }

    enum Kind {
        case document
        case blockquote
        case list(ListInfo)
        case item(ListInfo)
        case footnote(String)
        case paragraph
        case heading(Int)
        case fencedCode(fence: UInt16, length: Int, indent: Int)
        case indentedCode
        case html(Int)
        case thematicBreak
        case table
    }

    var kind: Kind
    /// The enclosing block; the document owns the whole tree while it is parsed and walked.
    unowned(unsafe) var parent: MarkdownBlock?
    var children: [MarkdownBlock] = []
    /// Content lines as source ranges (leaf blocks).
    var lines: [Range<Int>] = []
    var isOpen = true
    var lastLineBlank = false
    var lastLineChecked = false
    var startLine: Int
    var tight = true
    /// Table rows as cell ranges; the first row is the header.
    var rows: [[Range<Int>]] = []
    /// For a task list item: whether its box is checked.
    var task: Bool?

    init(_ kind: Kind, startLine: Int) {
        self.kind = kind
        self.startLine = startLine
    }

    var acceptsLines: Bool {
        switch kind {
        case .paragraph, .fencedCode, .indentedCode, .html, .table: true
        default: false
        }
    }

    var isParagraph: Bool {
        if case .paragraph = kind { return true }
        return false
    }

    func canContain(_ child: Kind) -> Bool {
        switch kind {
        case .document, .blockquote, .item, .footnote:
            if case .item = child { return false }
            return true
        case .list:
            if case .item = child { return true }
            return false
        default:
            return false
        }
    }

    /// CommonMark's `endsWithBlankLine`, used to decide whether a list is loose.
    func endsWithBlankLine() -> Bool {
        var block: MarkdownBlock? = self
        while let current = block {
            if current.lastLineBlank { return true }
            switch current.kind {
            case .list, .item:
                if !current.lastLineChecked {
                    current.lastLineChecked = true
                    block = current.children.last
                    continue
                }
            default: break
            }
            current.lastLineChecked = true
            return false
        }
        return false
    }
}
