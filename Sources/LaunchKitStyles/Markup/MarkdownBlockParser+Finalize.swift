/// Closing blocks: link reference definitions leave their paragraph, and lists learn whether
/// they are tight.
extension MarkdownBlockParser {
    func finalize(_ block: MarkdownBlock) {
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
    func resolveReferenceDefinitions(_ paragraph: MarkdownBlock) {
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
