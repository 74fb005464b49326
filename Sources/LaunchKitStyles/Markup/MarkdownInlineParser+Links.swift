/// Links and images: inline destinations, reference labels, and footnote references.
extension MarkdownInlineParser {
    mutating func closeBracket() {
        let closeOffset = Int(text.offsets[position])
        position += 1
        guard let bracket = brackets.last else {
            nodes.append(.text(slice(position - 1..<position), offset: closeOffset))
            return
        }
        guard bracket.active else {
            brackets.removeLast()
            nodes.append(.text(slice(position - 1..<position), offset: closeOffset))
            return
        }
        let labelRange = bracket.contentStart..<(position - 1)
        var destination: String?
        let afterBracket = position
        if position < text.count, text.units[position] == 40, let inline = inlineDestination() {
            destination = inline
        }
        if destination == nil {
            position = afterBracket
            var label = string(labelRange)
            // Footnote reference: [^label].
            if !bracket.isImage, label.hasPrefix("^"), definedFootnotes.contains(String(label.dropFirst())) {
                let name = String(label.dropFirst())
                if !footnotes.contains(name) { footnotes.append(name) }
                let node = InlineNode(.footnoteReference, offset: bracket.node.offset)
                node.number = (footnotes.firstIndex(of: name) ?? 0) + 1
                replaceBracket(bracket, with: node, link: true)
                return
            }
            if position < text.count, text.units[position] == 91, let (reference, end) = referenceLabel() {
                if !reference.isEmpty { label = reference }
                position = end
            }
            if let found = references[LinkReference.normalize(label)] {
                destination = found.destination
            } else {
                position = afterBracket
            }
        }
        // Only a link needs the depth check (it searches the nodes for the bracket).
        let tooDeep = destination != nil && (index(of: bracket.node).map { nodes[($0 + 1)...].contains { $0.depth >= Self.maximumDepth } } ?? false)
        guard let destination, !tooDeep else {
            position = destination == nil ? position : afterBracket
            brackets.removeLast()
            nodes.append(.text(slice(afterBracket - 1..<afterBracket), offset: closeOffset))
            return
        }
        let node = InlineNode(bracket.isImage ? .image : .link, offset: bracket.node.offset)
        node.destination = destination
        replaceBracket(bracket, with: node, link: !bracket.isImage)
    }

    /// Wraps everything after the bracket's `[` into `node`.
    mutating func replaceBracket(_ bracket: Bracket, with node: InlineNode, link: Bool) {
        processEmphasis(above: bracket.delimiterDepth)
        brackets.removeLast()
        guard let start = index(of: bracket.node) else { return }
        if node.kind != .footnoteReference {
            node.children = Array(nodes[(start + 1)...])
            node.depth = 1 + (node.children.map(\.depth).max() ?? 0)
        }
        nodes.removeSubrange(start...)
        nodes.append(node)
        if link {
            for index in brackets.indices where !brackets[index].isImage { brackets[index].active = false }
        }
    }

    /// `(destination "title")` after a `]`; nil when it is not a valid inline link.
    mutating func inlineDestination() -> String? {
        let units = text.units
        var index = position + 1
        func skipSpace() {
            var newlines = 0
            while index < units.count, units[index] == 32 || units[index] == 9 || (units[index] == 10 && newlines == 0) {
                if units[index] == 10 { newlines += 1 }
                index += 1
            }
        }
        skipSpace()
        var destination: [UInt16] = []
        if index < units.count, units[index] == 60 {
            index += 1
            while index < units.count, units[index] != 62 {
                if units[index] == 10 || units[index] == 60 { return nil }
                if units[index] == 92, index + 1 < units.count { index += 1 }
                destination.append(units[index])
                index += 1
            }
            guard index < units.count else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < units.count {
                let unit = units[index]
                if unit == 32 || unit == 9 || unit == 10 || unit < 32 { break }
                if unit == 92, index + 1 < units.count, Self.isASCIIPunctuation(units[index + 1]) {
                    destination.append(units[index + 1])
                    index += 2
                    continue
                }
                if unit == 40 { depth += 1 }
                if unit == 41 {
                    if depth == 0 { break }
                    depth -= 1
                }
                destination.append(unit)
                index += 1
            }
        }
        let beforeTitle = index
        skipSpace()
        if index < units.count, index > beforeTitle, [34, 39, 40].contains(units[index]) {
            let close: UInt16 = units[index] == 40 ? 41 : units[index]
            index += 1
            while index < units.count, units[index] != close {
                if units[index] == 92 { index += 1 }
                index += 1
            }
            guard index < units.count else { return nil }
            index += 1
            skipSpace()
        }
        guard index < units.count, units[index] == 41 else { return nil }
        position = index + 1
        return String(utf16Units: destination[...])
    }

    /// `[label]` after a `]`: the label (empty for `[]`) and where it ends.
    func referenceLabel() -> (String, Int)? {
        let units = text.units
        var index = position + 1
        var label: [UInt16] = []
        while index < units.count, units[index] != 93 {
            if units[index] == 91 { return nil }
            if units[index] == 92, index + 1 < units.count {
                label.append(units[index])
                index += 1
            }
            label.append(units[index])
            index += 1
        }
        guard index < units.count else { return nil }
        return (String(utf16Units: label[...]), index + 1)
    }
}
