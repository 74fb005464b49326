import Foundation

/// Parses Markdown into ``MarkdownBlock``s, line by line, following the CommonMark reference
/// algorithm (container continuation, block starts, lazy paragraph continuation, loose and tight
/// lists) plus GitHub tables, task list items and footnote definitions, as Vale's Markdown
/// library (goldmark) does.
final class MarkdownBlockParser {
    let source: [UInt16]
    private(set) var references: [String: LinkReference] = [:]
    private(set) var footnoteLabels: [String] = []

    let document: MarkdownBlock
    private var tip: MarkdownBlock
    private var oldTip: MarkdownBlock
    private var lastMatchedContainer: MarkdownBlock
    private var allClosed = true

    // The line being parsed.
    private var lineStart = 0
    private var lineEnd = 0
    private var lineNumber = 0
    private var offset = 0
    private var column = 0
    private var nextNonspace = 0
    private var nextNonspaceColumn = 0
    private var indent = 0
    private var indented = false
    private var blank = false
    private var partiallyConsumedTab = false

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

    private func peek(_ position: Int) -> UInt16? {
        position < lineEnd ? source[position] : nil
    }

    private static func isSpaceOrTab(_ unit: UInt16?) -> Bool { unit == 32 || unit == 9 }

    private func findNextNonspace() {
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

    private func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    private func advanceOffset(_ count: Int, columns: Bool) {
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

    private func addLine() {
        if partiallyConsumedTab {
            offset += 1
            partiallyConsumedTab = false
        }
        tip.lines.append(offset..<lineEnd)
    }

    private func addChild(_ kind: MarkdownBlock.Kind) -> MarkdownBlock {
        while !tip.canContain(kind) { finalize(tip) }
        let block = MarkdownBlock(kind, startLine: lineNumber)
        block.parent = tip
        tip.children.append(block)
        tip = block
        return block
    }

    private func closeUnmatchedBlocks() {
        if !allClosed {
            while oldTip !== lastMatchedContainer {
                guard let parent = oldTip.parent else { break }
                finalize(oldTip)
                oldTip = parent
            }
            allClosed = true
        }
    }

    private func rest(from position: Int) -> String {
        String(utf16Units: source[position..<lineEnd])
    }

    // MARK: Lines

    private func incorporate(lineFrom start: Int, to end: Int) {
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

    private enum Continuation { case matched, failed, consumed }
    private enum Start { case none, container, leaf }

    private static func maybeSpecial(_ unit: UInt16) -> Bool {
        // #`~*+_=<>0-9-|[
        switch unit {
        case 35, 96, 126, 42, 43, 95, 61, 60, 62, 45, 124, 91: true
        case 48...57: true
        default: false
        }
    }

    private func continueBlock(_ container: MarkdownBlock) -> Continuation {
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

    // MARK: Block starts

    private func depth(of block: MarkdownBlock) -> Int {
        var depth = 0
        var current: MarkdownBlock? = block
        while let parent = current?.parent {
            depth += 1
            current = parent
        }
        return depth
    }

    private func startBlock(_ container: MarkdownBlock) -> Start {
        let first = peek(nextNonspace)
        let mayNest = depth(of: container) < Self.maximumDepth
        // Block quote.
        if mayNest, !indented, first == 62 {
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if Self.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
            closeUnmatchedBlocks()
            _ = addChild(.blockquote)
            return .container
        }
        // ATX heading.
        if !indented, first == 35 {
            var position = nextNonspace
            while position < lineEnd, source[position] == 35 { position += 1 }
            let level = position - nextNonspace
            if level <= 6, position == lineEnd || Self.isSpaceOrTab(source[position]) {
                advanceNextNonspace()
                advanceOffset(level, columns: false)
                closeUnmatchedBlocks()
                let heading = addChild(.heading(level))
                heading.lines = [headingContent(offset..<lineEnd)]
                offset = lineEnd
                return .leaf
            }
        }
        // Fenced code.
        if !indented, first == 96 || first == 126 {
            var position = nextNonspace
            while position < lineEnd, source[position] == first! { position += 1 }
            let length = position - nextNonspace
            if length >= 3, first == 126 || !source[position..<lineEnd].contains(96) {
                closeUnmatchedBlocks()
                let fenceIndent = indent
                _ = addChild(.fencedCode(fence: first!, length: length, indent: fenceIndent))
                advanceNextNonspace()
                advanceOffset(length, columns: false)
                return .leaf
            }
        }
        // HTML block.
        if !indented, first == 60 {
            let text = rest(from: nextNonspace)
            for type in 1...7 where HTMLBlockPatterns.opens(type, text) {
                if type == 7 && (container.isParagraph || (!allClosed && !blank && tip.isParagraph)) { continue }
                closeUnmatchedBlocks()
                _ = addChild(.html(type))
                return .leaf
            }
        }
        // Footnote definition.
        if mayNest, !indented, first == 91, peek(nextNonspace + 1) == 94, let (label, length) = footnoteLabel(at: nextNonspace) {
            closeUnmatchedBlocks()
            _ = addChild(.footnote(label))
            footnoteLabels.append(label)
            advanceNextNonspace()
            advanceOffset(length, columns: false)
            if Self.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
            return .container
        }
        // Table delimiter row under a one-line-or-more paragraph.
        if !indented, container.isParagraph, let lastLine = container.lines.last, isDelimiterRow(nextNonspace..<lineEnd),
           Self.cells(source, lastLine).count == Self.cells(source, nextNonspace..<lineEnd).count,
           source[lastLine].contains(124) || source[nextNonspace..<lineEnd].contains(124) {
            closeUnmatchedBlocks()
            let header = container.lines.removeLast()
            let table = MarkdownBlock(.table, startLine: lineNumber - 1)
            table.rows = [Self.cells(source, header)]
            if container.lines.isEmpty, let parent = container.parent {
                parent.children.removeLast()
                table.parent = parent
                parent.children.append(table)
            } else {
                finalize(container)
                table.parent = container.parent
                container.parent?.children.append(table)
            }
            tip = table
            offset = lineEnd
            return .leaf
        }
        // Setext heading underline.
        if !indented, container.isParagraph, first == 61 || first == 45, isSetextUnderline(nextNonspace..<lineEnd, first!) {
            closeUnmatchedBlocks()
            resolveReferenceDefinitions(container)
            if !container.lines.isEmpty {
                container.kind = .heading(first == 61 ? 1 : 2)
                finalize(container)
                offset = lineEnd
                return .leaf
            }
        }
        // Thematic break.
        if !indented, let first, first == 42 || first == 95 || first == 45, isThematicBreak(nextNonspace..<lineEnd, first) {
            closeUnmatchedBlocks()
            _ = addChild(.thematicBreak)
            offset = lineEnd
            return .leaf
        }
        // List item.
        if mayNest, !indented || isList(container), let info = parseListMarker(container) {
            closeUnmatchedBlocks()
            if case .list(let current) = tip.kind, Self.listsMatch(current, info) {
                // Continue the list.
            } else {
                _ = addChild(.list(info))
            }
            let item = addChild(.item(info))
            // Task list marker: "[ ] " or "[x] " at the start of the item's first line.
            if let box = taskBox(at: offset) {
                item.task = box.checked
                offset = box.end
                column += 3
                if Self.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
            }
            return .container
        }
        // Indented code.
        if indented, !tip.isParagraph, !blank {
            advanceOffset(Self.codeIndent, columns: true)
            closeUnmatchedBlocks()
            _ = addChild(.indentedCode)
            return .leaf
        }
        return .none
    }

    private func isList(_ block: MarkdownBlock) -> Bool {
        if case .list = block.kind { return true }
        return false
    }

    private static func listsMatch(_ lhs: MarkdownBlock.ListInfo, _ rhs: MarkdownBlock.ListInfo) -> Bool {
        lhs.ordered == rhs.ordered && lhs.delimiter == rhs.delimiter && lhs.bullet == rhs.bullet
    }

    private func parseListMarker(_ container: MarkdownBlock) -> MarkdownBlock.ListInfo? {
        guard indent < 4, let first = peek(nextNonspace) else { return nil }
        var info = MarkdownBlock.ListInfo(ordered: false, bullet: 0, start: 1, delimiter: 0, padding: 0, markerOffset: indent)
        var markerLength = 0
        if first == 42 || first == 43 || first == 45 {
            info.bullet = first
            markerLength = 1
        } else if (48...57).contains(first) {
            var position = nextNonspace
            var value = 0
            while position < lineEnd, (48...57).contains(source[position]), position - nextNonspace < 9 {
                value = value * 10 + Int(source[position] - 48)
                position += 1
            }
            guard position < lineEnd, source[position] == 46 || source[position] == 41 else { return nil }
            if container.isParagraph && value != 1 { return nil }
            info.ordered = true
            info.start = value
            info.delimiter = source[position]
            markerLength = position - nextNonspace + 1
        } else {
            return nil
        }
        let after = nextNonspace + markerLength
        if let next = peek(after), next != 32 && next != 9 { return nil }
        if container.isParagraph {
            var position = after
            while position < lineEnd, Self.isSpaceOrTab(source[position]) { position += 1 }
            if position >= lineEnd { return nil }
        }
        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && Self.isSpaceOrTab(peek(offset))
        let blankItem = peek(offset) == nil
        let spacesAfterMarker = column - spacesStartColumn
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            info.padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            if Self.isSpaceOrTab(peek(offset)) { advanceOffset(1, columns: true) }
        } else {
            info.padding = markerLength + spacesAfterMarker
        }
        return info
    }

    private func taskBox(at position: Int) -> (checked: Bool, end: Int)? {
        guard position + 2 < lineEnd, source[position] == 91, source[position + 2] == 93 else { return nil }
        let mark = source[position + 1]
        guard mark == 32 || mark == 120 || mark == 88 else { return nil }
        guard position + 3 == lineEnd || Self.isSpaceOrTab(source[position + 3]) else { return nil }
        return (mark != 32, position + 3)
    }

    private func footnoteLabel(at position: Int) -> (String, Int)? {
        var cursor = position + 2
        var label: [UInt16] = []
        while cursor < lineEnd, source[cursor] != 93 {
            if source[cursor] == 32 || source[cursor] == 9 { return nil }
            label.append(source[cursor])
            cursor += 1
        }
        guard cursor + 1 < lineEnd || cursor + 1 == lineEnd, cursor < lineEnd, !label.isEmpty,
              cursor + 1 < lineEnd && source[cursor + 1] == 58 else { return nil }
        return (String(utf16Units: label[...]), cursor + 2 - position)
    }

    /// The text of an ATX heading without its closing `#` sequence.
    private func headingContent(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Self.isSpaceOrTab(source[start]) { start += 1 }
        while end > start, Self.isSpaceOrTab(source[end - 1]) { end -= 1 }
        var hashes = end
        while hashes > start, source[hashes - 1] == 35 { hashes -= 1 }
        if hashes < end {
            if hashes == start {
                end = start
            } else if Self.isSpaceOrTab(source[hashes - 1]) {
                end = hashes
                while end > start, Self.isSpaceOrTab(source[end - 1]) { end -= 1 }
            }
        }
        return start..<end
    }

    private func isSetextUnderline(_ range: Range<Int>, _ marker: UInt16) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound, source[position] == marker { position += 1 }
        while position < range.upperBound, Self.isSpaceOrTab(source[position]) { position += 1 }
        return position == range.upperBound
    }

    private func isThematicBreak(_ range: Range<Int>, _ marker: UInt16) -> Bool {
        var count = 0
        for unit in source[range] {
            if unit == marker {
                count += 1
            } else if !Self.isSpaceOrTab(unit) {
                return false
            }
        }
        return count >= 3
    }

    private func isDelimiterRow(_ range: Range<Int>) -> Bool {
        let cells = Self.cells(source, range)
        guard !cells.isEmpty else { return false }
        for cell in cells {
            var units = Array(source[cell])
            if units.first == 58 { units.removeFirst() }
            if units.last == 58 { units.removeLast() }
            guard !units.isEmpty, units.allSatisfy({ $0 == 45 }) else { return false }
        }
        return true
    }

    /// The trimmed cells of a table row, split at pipes that are not escaped or inside code.
    static func cells(_ source: [UInt16], _ range: Range<Int>) -> [Range<Int>] {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpaceOrTab(source[start]) { start += 1 }
        while end > start, isSpaceOrTab(source[end - 1]) { end -= 1 }
        if start < end, source[start] == 124 { start += 1 }
        if end > start, source[end - 1] == 124, end - 2 < start || source[end - 2] != 92 { end -= 1 }
        var cells: [Range<Int>] = []
        var cellStart = start
        var position = start
        var inCode = 0
        while position < end {
            let unit = source[position]
            if unit == 92 {
                position += 2
                continue
            }
            if unit == 96 {
                var run = 0
                while position < end, source[position] == 96 {
                    run += 1
                    position += 1
                }
                inCode = inCode == 0 ? run : (inCode == run ? 0 : inCode)
                continue
            }
            if unit == 124 && inCode == 0 {
                cells.append(trimmed(source, cellStart..<position))
                cellStart = position + 1
            }
            position += 1
        }
        if cellStart <= end && !(cellStart == end && !cells.isEmpty && start == end) {
            cells.append(trimmed(source, cellStart..<min(end, max(cellStart, end))))
        }
        return cells
    }

    private static func trimmed(_ source: [UInt16], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpaceOrTab(source[start]) { start += 1 }
        while end > start, isSpaceOrTab(source[end - 1]) { end -= 1 }
        return start..<end
    }

    // MARK: Finalizing

    private func finalize(_ block: MarkdownBlock) {
        let above = block.parent
        block.isOpen = false
        switch block.kind {
        case .paragraph:
            resolveReferenceDefinitions(block)
            if block.lines.isEmpty, let parent = block.parent, let index = parent.children.firstIndex(where: { $0 === block }) {
                parent.children.remove(at: index)
            }
        case .list:
            var tight = true
            outer: for (index, item) in block.children.enumerated() {
                let hasNext = index + 1 < block.children.count
                if item.endsWithBlankLine() && hasNext {
                    tight = false
                    break
                }
                for (childIndex, child) in item.children.enumerated() {
                    let childHasNext = childIndex + 1 < item.children.count
                    if child.endsWithBlankLine() && (hasNext || childHasNext) {
                        tight = false
                        break outer
                    }
                }
            }
            block.tight = tight
        default:
            break
        }
        tip = above ?? document
    }

    /// Removes leading link reference definitions from a paragraph and records them.
    private func resolveReferenceDefinitions(_ paragraph: MarkdownBlock) {
        while let first = paragraph.lines.first {
            // A definition starts with `[`; most paragraphs do not.
            var start = first.lowerBound
            while start < first.upperBound, Self.isSpaceOrTab(source[start]) { start += 1 }
            guard start < first.upperBound, source[start] == 91 else { return }
            var text = MappedText()
            for (index, line) in paragraph.lines.enumerated() {
                if index > 0 { text.append(10, at: line.lowerBound) }
                var start = line.lowerBound
                while start < line.upperBound, Self.isSpaceOrTab(source[start]) { start += 1 }
                text.append(source: source, start..<line.upperBound)
            }
            guard let (definition, consumed) = LinkReference.parseDefinition(text.units) else { return }
            let key = LinkReference.normalize(definition.label)
            if references[key] == nil { references[key] = definition }
            // Definitions end at a line end: drop the lines they used.
            var used = 0
            var linesUsed = 0
            for line in paragraph.lines {
                var start = line.lowerBound
                while start < line.upperBound, Self.isSpaceOrTab(source[start]) { start += 1 }
                used += line.upperBound - start + (linesUsed > 0 ? 1 : 0)
                linesUsed += 1
                if used >= consumed { break }
            }
            _ = first
            paragraph.lines.removeFirst(min(linesUsed, paragraph.lines.count))
        }
    }
}
