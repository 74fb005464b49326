/// An inline element of a Markdown paragraph, heading or table cell.
final class InlineNode {
    enum Kind {
        case text, softBreak, hardBreak, code, emphasis, strong, strikethrough, link, image, html, footnoteReference
    }

    var kind: Kind
    /// Text and code content; for raw HTML, the markup itself.
    var text = MappedText()
    var children: [InlineNode] = []
    /// A link's or image's destination.
    var destination = ""
    /// Where the node starts in the source.
    var offset = 0
    /// A footnote reference's number.
    var number = 0
    /// How many wrappers (emphasis, links) this node nests; bounded by the parser.
    var depth = 0

    init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    static func text(_ text: MappedText, offset: Int) -> InlineNode {
        let node = InlineNode(.text, offset: offset)
        node.text = text
        return node
    }

    /// The plain text of the node's content, as HTML renderers write an image's `alt`.
    var plainText: MappedText {
        var result = MappedText()
        for child in children {
            switch child.kind {
            case .text, .code: result.append(child.text)
            case .softBreak, .hardBreak: result.append(10, at: child.offset)
            case .html: break
            default: result.append(child.plainText)
            }
        }
        return result
    }
}
