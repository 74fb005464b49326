import Foundation

/// Parses the inline content of a paragraph, heading or table cell (CommonMark emphasis with the
/// delimiter-run rules, code spans, links and images with reference definitions, autolinks, raw
/// HTML, entities and escapes, plus GitHub's strikethrough and bare-URL links and footnote
/// references) into ``InlineNode``s that keep source positions.
struct MarkdownInlineParser {
    let references: [String: LinkReference]
    /// Footnote labels in order of their first reference; a reference's number is its index + 1.
    var footnotes: [String]
    let definedFootnotes: Set<String>

    struct Delimiter {
        var node: InlineNode
        var unit: UInt16
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
    }

    struct Bracket {
        var node: InlineNode
        var isImage: Bool
        var active: Bool
        var delimiterDepth: Int
        /// Index in the text just after the opening bracket.
        var contentStart: Int
    }

    /// Emphasis and links nest at most this deep; deeper delimiters stay text.
    static let maximumDepth = 64

    var text = MappedText()
    var position = 0
    var nodes: [InlineNode] = []
    var delimiters: [Delimiter] = []
    var brackets: [Bracket] = []

    init(references: [String: LinkReference], footnotes: [String], definedFootnotes: Set<String>) {
        self.references = references
        self.footnotes = footnotes
        self.definedFootnotes = definedFootnotes
    }

    mutating func parse(_ content: MappedText) -> [InlineNode] {
        text = content
        position = 0
        nodes = []
        delimiters = []
        brackets = []
        var pending = MappedText()
        var pendingStart = 0
        func flush() {
            if !pending.isEmpty {
                nodes.append(.text(pending, offset: pendingStart))
                pending = MappedText()
            }
        }
        let units = text.units
        while position < units.count {
            let unit = units[position]
            let offset = Int(text.offsets[position])
            switch unit {
            case 10:
                // Trailing spaces decide between a hard and a soft break; they are not text.
                var spaces = 0
                while !pending.isEmpty, pending.units.last == 32 {
                    pending.units.removeLast()
                    pending.offsets.removeLast()
                    spaces += 1
                }
                flush()
                nodes.append(InlineNode(spaces >= 2 ? .hardBreak : .softBreak, offset: offset))
                position += 1
                while position < units.count, units[position] == 32 || units[position] == 9 { position += 1 }
                continue
            case 92:
                if position + 1 < units.count {
                    let next = units[position + 1]
                    if next == 10 {
                        flush()
                        nodes.append(InlineNode(.hardBreak, offset: offset))
                        position += 2
                        while position < units.count, units[position] == 32 || units[position] == 9 { position += 1 }
                        continue
                    }
                    if Self.isASCIIPunctuation(next) {
                        if pending.isEmpty { pendingStart = offset }
                        pending.append(next, at: Int(text.offsets[position + 1]))
                        position += 2
                        continue
                    }
                }
            case 96:
                if let code = codeSpan() {
                    flush()
                    nodes.append(code)
                    continue
                }
                // An unmatched run of backticks is literal text.
                var end = position
                while end < units.count, units[end] == 96 { end += 1 }
                if pending.isEmpty { pendingStart = offset }
                for index in position..<end { pending.append(units[index], at: Int(text.offsets[index])) }
                position = end
                continue
            case 42, 95, 126:
                flush()
                delimiterRun(unit)
                continue
            case 91:
                flush()
                let node = InlineNode.text(slice(position..<position + 1), offset: offset)
                nodes.append(node)
                brackets.append(Bracket(node: node, isImage: false, active: true, delimiterDepth: delimiters.count, contentStart: position + 1))
                position += 1
                continue
            case 33 where position + 1 < units.count && units[position + 1] == 91:
                flush()
                let node = InlineNode.text(slice(position..<position + 2), offset: offset)
                nodes.append(node)
                brackets.append(Bracket(node: node, isImage: true, active: true, delimiterDepth: delimiters.count, contentStart: position + 2))
                position += 2
                continue
            case 93:
                flush()
                closeBracket()
                continue
            case 60:
                if let node = autolinkOrHTML() {
                    flush()
                    nodes.append(node)
                    continue
                }
            case 38:
                if let (decoded, length) = HTMLEntities.decode(units, at: position) {
                    if pending.isEmpty { pendingStart = offset }
                    pending.append(synthetic: decoded, at: offset)
                    position += length
                    continue
                }
            case 104, 102, 119:
                // h(ttp), f(tp), w(ww): GitHub's bare-URL links.
                if let link = bareLink() {
                    flush()
                    nodes.append(link)
                    continue
                }
            default:
                break
            }
            // This unit is text, and so are the ones after it up to the next that may start
            // markup: append them together rather than one by one.
            if pending.isEmpty { pendingStart = offset }
            let end = plainRunEnd(after: position, in: units)
            pending.append(text, position..<end)
            position = end
        }
        flush()
        processEmphasis(above: 0)
        return nodes
    }

    /// Where the run of plain text starting after `start` ends: the first unit the loop in
    /// ``parse(_:)`` could treat as anything but text. `!` only matters before `[`, and `h`, `f`,
    /// `w` only where ``bareLink()`` would look at them (after a space, a delimiter or `(`).
    private func plainRunEnd(after start: Int, in units: [UInt16]) -> Int {
        var end = start + 1
        while end < units.count {
            switch units[end] {
            case 10, 92, 96, 42, 95, 126, 91, 93, 60, 38: return end
            case 33 where end + 1 < units.count && units[end + 1] == 91: return end
            case 104, 102, 119:
                switch units[end - 1] {
                case 32, 9, 10, 42, 95, 126, 40: return end
                default: break
                }
            default: break
            }
            end += 1
        }
        return end
    }

    func slice(_ range: Range<Int>) -> MappedText {
        MappedText(units: Array(text.units[range]), offsets: Array(text.offsets[range]))
    }

    func string(_ range: Range<Int>) -> String {
        String(utf16Units: text.units[range])
    }

    // MARK: Code spans

    private mutating func codeSpan() -> InlineNode? {
        let units = text.units
        var openEnd = position
        while openEnd < units.count, units[openEnd] == 96 { openEnd += 1 }
        let length = openEnd - position
        var search = openEnd
        while search < units.count {
            if units[search] == 96 {
                var runEnd = search
                while runEnd < units.count, units[runEnd] == 96 { runEnd += 1 }
                if runEnd - search == length {
                    var content = slice(openEnd..<search)
                    for index in content.units.indices where content.units[index] == 10 { content.units[index] = 32 }
                    if content.count >= 2, content.units.first == 32, content.units.last == 32, content.units.contains(where: { $0 != 32 }) {
                        content.units.removeFirst()
                        content.offsets.removeFirst()
                        content.units.removeLast()
                        content.offsets.removeLast()
                    }
                    let node = InlineNode(.code, offset: Int(text.offsets[position]))
                    node.text = content
                    position = runEnd
                    return node
                }
                search = runEnd
            } else {
                search += 1
            }
        }
        return nil
    }
}
