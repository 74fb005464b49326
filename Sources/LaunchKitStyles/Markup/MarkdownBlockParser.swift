import Foundation

/// Parses Markdown into ``MarkdownBlock``s, line by line, following the CommonMark reference
/// algorithm (container continuation, block starts, lazy paragraph continuation, loose and tight
/// lists) plus GitHub tables, task list items and footnote definitions, as Vale's Markdown
/// library (goldmark) does.
final class MarkdownBlockParser {
    let source: [UInt16]
    var references: [String: LinkReference] = [:]
    var footnoteLabels: [String] = []

    let document: MarkdownBlock
    var tip: MarkdownBlock
    var oldTip: MarkdownBlock
    var lastMatchedContainer: MarkdownBlock
    var allClosed = true

    // The line being parsed.
    var lineStart = 0
    var lineEnd = 0
    var lineNumber = 0
    var offset = 0
    var column = 0
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var indented = false
    var blank = false
    var partiallyConsumedTab = false

    static let codeIndent = 4
    /// Containers (quotes, lists, items) nest at most this deep; deeper markers are text. Keeps
    /// the tree, and the recursion that walks and frees it, bounded on hostile input.
    static let maximumDepth = 100

    init(source: [UInt16], startLine: Int = 0) {
        self.source = source
        document = MarkdownBlock(.document, startLine: 0)
        tip = document
        oldTip = document
        lastMatchedContainer = document
        lineNumber = startLine
    }

    /// Parses the lines of `range` (whole lines of the source).
    func parse(_ range: Range<Int>) -> MarkdownBlock {
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound && source[end] != 10 { end += 1 }
            incorporate(lineFrom: start, to: end)
            start = end + 1
        }
        while true {
            let block = tip
            finalize(block)
            if block === document { break }
        }
        return document
    }

    func peek(_ position: Int) -> UInt16? {
        position < lineEnd ? source[position] : nil
    }

    static func isSpaceOrTab(_ unit: UInt16?) -> Bool { unit == 32 || unit == 9 }

    func findNextNonspace() {
        var position = offset
        var columns = column
        while position < lineEnd {
            let unit = source[position]
            if unit == 32 {
                position += 1
                columns += 1
            } else if unit == 9 {
                position += 1
                columns += 4 - (columns % 4)
            } else {
                break
            }
        }
        blank = position >= lineEnd
        nextNonspace = position
        nextNonspaceColumn = columns
        indent = nextNonspaceColumn - column
        indented = indent >= Self.codeIndent
    }

    func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0, offset < lineEnd {
            if source[offset] == 9 {
                let toTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = toTab > count
                    let advance = min(toTab, count)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= advance
                } else {
                    partiallyConsumedTab = false
                    column += toTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    func addLine() {
        if partiallyConsumedTab {
            offset += 1
            partiallyConsumedTab = false
        }
        tip.lines.append(offset..<lineEnd)
    }

    func addChild(_ kind: MarkdownBlock.Kind) -> MarkdownBlock {
        while !tip.canContain(kind) { finalize(tip) }
        let block = MarkdownBlock(kind, startLine: lineNumber)
        block.parent = tip
        tip.children.append(block)
        tip = block
        return block
    }

    func closeUnmatchedBlocks() {
        if !allClosed {
            while oldTip !== lastMatchedContainer {
                guard let parent = oldTip.parent else { break }
                finalize(oldTip)
                oldTip = parent
            }
            allClosed = true
        }
    }

    func rest(from position: Int) -> String {
        String(utf16Units: source[position..<lineEnd])
    }

    // MARK: Lines

    func incorporate(lineFrom start: Int, to end: Int) {
        lineStart = start
        lineEnd = end
        offset = start
        column = 0
        blank = false
        partiallyConsumedTab = false
        lineNumber += 1
        var allMatched = true
        var container = document
        oldTip = tip

        while let last = container.children.last, last.isOpen {
            container = last
            findNextNonspace()
            switch continueBlock(container) {
            case .matched: break
            case .failed: allMatched = false
            case .consumed: return
            }
            if !allMatched {
                container = container.parent ?? document
                break
            }
        }
        allClosed = container === oldTip
        lastMatchedContainer = container

        var matchedLeaf = !container.isParagraph && container.acceptsLines
        starts: while !matchedLeaf {
            findNextNonspace()
            if !indented && (nextNonspace >= lineEnd || !Self.maybeSpecial(source[nextNonspace])) {
                advanceNextNonspace()
                break
            }
            switch startBlock(container) {
            case .container:
                container = tip
            case .leaf:
                container = tip
                matchedLeaf = true
            case .none:
                advanceNextNonspace()
                break starts
            }
        }

        if !allClosed && !blank && tip.isParagraph {
            addLine()
        } else {
            closeUnmatchedBlocks()
            if blank, let last = container.children.last { last.lastLineBlank = true }
            var lastLineBlank = blank
            switch container.kind {
            case .blockquote, .fencedCode: lastLineBlank = false
            case .item where container.children.isEmpty && container.startLine == lineNumber: lastLineBlank = false
            default: break
            }
            var ancestor: MarkdownBlock? = container
            while let current = ancestor {
                current.lastLineBlank = lastLineBlank
                ancestor = current.parent
            }
            if container.acceptsLines {
                if case .table = container.kind {
                    container.rows.append(Self.cells(source, offset..<lineEnd))
                } else {
                    addLine()
                }
                if case .html(let type) = container.kind, (1...5).contains(type), HTMLBlockPatterns.closes(type, rest(from: offset)) {
                    finalize(container)
                }
            } else if offset < lineEnd && !blank {
                _ = addChild(.paragraph)
                advanceNextNonspace()
                addLine()
            }
        }
    }

    enum Continuation { case matched, failed, consumed }
    enum Start { case none, container, leaf }

    static func maybeSpecial(_ unit: UInt16) -> Bool {
        // #`~*+_=<>0-9-|[
        switch unit {
        case 35, 96, 126, 42, 43, 95, 61, 60, 62, 45, 124, 91: true
        case 48...57: true
        default: false
        }
    }

    func continueBlock(_ container: MarkdownBlock) -> Continuation {
        switch container.kind {
        case .document, .list:
            return .matched
        case .blockquote:
            if !indented, peek(nextNonspace) == 62 {
                advanceNextNonspace()
                advanceOffset(1, columns: false)
                if Self.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
                return .matched
            }
            return .failed
        case .item(let info):
            if blank {
                if container.children.isEmpty { return .failed }
                advanceNextNonspace()
            } else if indent >= info.markerOffset + info.padding {
                advanceOffset(info.markerOffset + info.padding, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .footnote:
            if blank {
                if container.children.isEmpty { return .failed }
                advanceNextNonspace()
            } else if indent >= 4 {
                advanceOffset(4, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .heading, .thematicBreak:
            return .failed
        case .fencedCode(let fence, let length, let fenceIndent):
            if indent <= 3, peek(nextNonspace) == fence {
                var position = nextNonspace
                while position < lineEnd, source[position] == fence { position += 1 }
                var trailing = position
                while trailing < lineEnd, Self.isSpaceOrTab(source[trailing]) { trailing += 1 }
                if position - nextNonspace >= length, trailing == lineEnd {
                    finalize(container)
                    return .consumed
                }
            }
            var remaining = fenceIndent
            while remaining > 0, Self.isSpaceOrTab(peek(offset)) {
                advanceOffset(1, columns: true)
                remaining -= 1
            }
            return .matched
        case .indentedCode:
            if indent >= Self.codeIndent {
                advanceOffset(Self.codeIndent, columns: true)
            } else if blank {
                advanceNextNonspace()
            } else {
                return .failed
            }
            return .matched
        case .html(let type):
            return blank && (type == 6 || type == 7) ? .failed : .matched
        case .paragraph:
            return blank ? .failed : .matched
        case .table:
            if blank { return .failed }
            if !source[offset..<lineEnd].contains(124) { return .failed }
            if !indented, let first = peek(nextNonspace), first == 62 || first == 35 { return .failed }
            return .matched
        }
    }
}
