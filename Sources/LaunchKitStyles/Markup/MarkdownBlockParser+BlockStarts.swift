import Foundation

/// Where new blocks begin: quotes, ATX and setext headings, fences, HTML blocks, footnote
/// definitions, GitHub tables, thematic breaks, list items (with task boxes) and indented code.
extension MarkdownBlockParser {
    func depth(of block: MarkdownBlock) -> Int {
        var depth = 0
        var current: MarkdownBlock? = block
        while let parent = current?.parent {
            depth += 1
            current = parent
        }
        return depth
    }

    func startBlock(_ container: MarkdownBlock) -> Start {
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

    func isList(_ block: MarkdownBlock) -> Bool {
        if case .list = block.kind { return true }
        return false
    }

    static func listsMatch(_ lhs: MarkdownBlock.ListInfo, _ rhs: MarkdownBlock.ListInfo) -> Bool {
        lhs.ordered == rhs.ordered && lhs.delimiter == rhs.delimiter && lhs.bullet == rhs.bullet
    }

    func parseListMarker(_ container: MarkdownBlock) -> MarkdownBlock.ListInfo? {
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

    func taskBox(at position: Int) -> (checked: Bool, end: Int)? {
        guard position + 2 < lineEnd, source[position] == 91, source[position + 2] == 93 else { return nil }
        let mark = source[position + 1]
        guard mark == 32 || mark == 120 || mark == 88 else { return nil }
        guard position + 3 == lineEnd || Self.isSpaceOrTab(source[position + 3]) else { return nil }
        return (mark != 32, position + 3)
    }

    func footnoteLabel(at position: Int) -> (String, Int)? {
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
    func headingContent(_ range: Range<Int>) -> Range<Int> {
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

    func isSetextUnderline(_ range: Range<Int>, _ marker: UInt16) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound, source[position] == marker { position += 1 }
        while position < range.upperBound, Self.isSpaceOrTab(source[position]) { position += 1 }
        return position == range.upperBound
    }

    func isThematicBreak(_ range: Range<Int>, _ marker: UInt16) -> Bool {
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

    func isDelimiterRow(_ range: Range<Int>) -> Bool {
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

    static func trimmed(_ source: [UInt16], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpaceOrTab(source[start]) { start += 1 }
        while end > start, isSpaceOrTab(source[end - 1]) { end -= 1 }
        return start..<end
    }
}
