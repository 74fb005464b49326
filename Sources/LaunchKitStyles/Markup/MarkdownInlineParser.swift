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

    private struct Delimiter {
        var node: InlineNode
        var unit: UInt16
        var count: Int
        var originalCount: Int
        var canOpen: Bool
        var canClose: Bool
    }

    private struct Bracket {
        var node: InlineNode
        var isImage: Bool
        var active: Bool
        var delimiterDepth: Int
        /// Index in the text just after the opening bracket.
        var contentStart: Int
    }

    /// Emphasis and links nest at most this deep; deeper delimiters stay text.
    static let maximumDepth = 64

    private var text = MappedText()
    private var position = 0
    private var nodes: [InlineNode] = []
    private var delimiters: [Delimiter] = []
    private var brackets: [Bracket] = []

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
            if pending.isEmpty { pendingStart = offset }
            pending.append(unit, at: offset)
            position += 1
        }
        flush()
        processEmphasis(above: 0)
        return nodes
    }

    private func slice(_ range: Range<Int>) -> MappedText {
        MappedText(units: Array(text.units[range]), offsets: Array(text.offsets[range]))
    }

    private func string(_ range: Range<Int>) -> String {
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

    // MARK: Emphasis

    private static func isASCIIPunctuation(_ unit: UInt16) -> Bool {
        (33...47).contains(unit) || (58...64).contains(unit) || (91...96).contains(unit) || (123...126).contains(unit)
    }

    private static func isPunctuation(_ unit: UInt16?) -> Bool {
        guard let unit else { return false }
        if unit < 128 { return isASCIIPunctuation(unit) }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func isWhitespace(_ unit: UInt16?) -> Bool {
        guard let unit else { return true }
        switch unit {
        case 9, 10, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private mutating func delimiterRun(_ unit: UInt16) {
        let units = text.units
        let start = position
        var end = position
        while end < units.count, units[end] == unit { end += 1 }
        let before: UInt16? = start > 0 ? units[start - 1] : nil
        let after: UInt16? = end < units.count ? units[end] : nil
        let leftFlanking = !Self.isWhitespace(after) && (!Self.isPunctuation(after) || Self.isWhitespace(before) || Self.isPunctuation(before))
        let rightFlanking = !Self.isWhitespace(before) && (!Self.isPunctuation(before) || Self.isWhitespace(after) || Self.isPunctuation(after))
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if unit == 95 {
            canOpen = leftFlanking && (!rightFlanking || Self.isPunctuation(before))
            canClose = rightFlanking && (!leftFlanking || Self.isPunctuation(after))
        }
        let count = end - start
        let node = InlineNode.text(slice(start..<end), offset: Int(text.offsets[start]))
        nodes.append(node)
        if unit == 126 && count > 2 {
            // Three or more tildes never delimit strikethrough.
        } else if canOpen || canClose {
            delimiters.append(Delimiter(node: node, unit: unit, count: count, originalCount: count, canOpen: canOpen, canClose: canClose))
        }
        position = end
    }

    private func index(of node: InlineNode) -> Int? {
        nodes.lastIndex { $0 === node }
    }

    /// CommonMark's "process emphasis" over the delimiters above `bottom`.
    private mutating func processEmphasis(above bottom: Int) {
        var openersBottom: [String: Int] = [:]
        var closerIndex = bottom
        while closerIndex < delimiters.count {
            let closer = delimiters[closerIndex]
            guard closer.canClose else {
                closerIndex += 1
                continue
            }
            let key = "\(closer.unit)-\(closer.canOpen)-\(closer.originalCount % 3)"
            let floor = max(bottom, openersBottom[key] ?? bottom)
            var openerIndex = closerIndex - 1
            var found = false
            while openerIndex >= floor {
                let opener = delimiters[openerIndex]
                if opener.unit == closer.unit && opener.canOpen {
                    if closer.unit == 126 {
                        if opener.count == closer.count {
                            found = true
                            break
                        }
                    } else {
                        let oddMatch = (opener.canClose || closer.canOpen) && (opener.originalCount + closer.originalCount) % 3 == 0
                            && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0)
                        if !oddMatch {
                            found = true
                            break
                        }
                    }
                }
                openerIndex -= 1
            }
            guard found else {
                openersBottom[key] = closerIndex
                if !closer.canOpen {
                    delimiters.remove(at: closerIndex)
                } else {
                    closerIndex += 1
                }
                continue
            }
            if let openerPosition = index(of: delimiters[openerIndex].node), let closerPosition = index(of: closer.node),
               openerPosition < closerPosition,
               nodes[(openerPosition + 1)..<closerPosition].contains(where: { $0.depth >= Self.maximumDepth }) {
                // Too deep: leave these delimiters as text.
                delimiters.remove(at: closerIndex)
                continue
            }
            var opener = delimiters[openerIndex]
            var closing = closer
            let used = closer.unit == 126 ? closer.count : (closer.count >= 2 && opener.count >= 2 ? 2 : 1)
            opener.count -= used
            closing.count -= used
            opener.node.text.units.removeLast(used)
            opener.node.text.offsets.removeLast(used)
            let closerStart = Int(closing.node.text.offsets.first ?? 0)
            closing.node.text.units.removeFirst(used)
            closing.node.text.offsets.removeFirst(used)
            if !closing.node.text.offsets.isEmpty { closing.node.offset = Int(closing.node.text.offsets[0]) } else { closing.node.offset = closerStart }
            let kind: InlineNode.Kind = closer.unit == 126 ? .strikethrough : (used == 2 ? .strong : .emphasis)
            let wrapper = InlineNode(kind, offset: opener.node.offset)
            if let openerPosition = index(of: opener.node), let closerPosition = index(of: closing.node), openerPosition < closerPosition {
                wrapper.children = Array(nodes[(openerPosition + 1)..<closerPosition])
                wrapper.depth = 1 + (wrapper.children.map(\.depth).max() ?? 0)
                nodes.removeSubrange((openerPosition + 1)..<closerPosition)
                nodes.insert(wrapper, at: openerPosition + 1)
            }
            // Delimiters between opener and closer are now inside the wrapper.
            delimiters.removeSubrange((openerIndex + 1)..<closerIndex)
            closerIndex = openerIndex + 1
            delimiters[openerIndex] = opener
            delimiters[closerIndex] = closing
            if opener.count == 0 {
                if let position = index(of: opener.node) { nodes.remove(at: position) }
                delimiters.remove(at: openerIndex)
                closerIndex -= 1
            }
            if closing.count == 0 {
                if let position = index(of: closing.node) { nodes.remove(at: position) }
                delimiters.remove(at: closerIndex)
            }
        }
        if delimiters.count > bottom { delimiters.removeSubrange(bottom...) }
    }

    // MARK: Links

    private mutating func closeBracket() {
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
        let tooDeep = index(of: bracket.node).map { nodes[($0 + 1)...].contains { $0.depth >= Self.maximumDepth } } ?? false
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
    private mutating func replaceBracket(_ bracket: Bracket, with node: InlineNode, link: Bool) {
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
    private mutating func inlineDestination() -> String? {
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
    private func referenceLabel() -> (String, Int)? {
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

    // MARK: Autolinks and raw HTML

    private static let uriAutolink = try! NSRegularExpression(pattern: #"^<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*>"#)
    private static let emailAutolink = try! NSRegularExpression(
        pattern: #"^<[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>"#)
    private static let rawHTML = try! NSRegularExpression(pattern:
        #"^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>|<!-->|<!--->|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>)"#)

    private mutating func autolinkOrHTML() -> InlineNode? {
        // Autolinks and tags are short; looking at a bounded window keeps long paragraphs linear.
        let rest = String(utf16Units: text.units[position..<min(text.units.count, position + 4096)])
        let range = NSRange(location: 0, length: rest.utf16.count)
        let offset = Int(text.offsets[position])
        for (regex, isEmail) in [(Self.uriAutolink, false), (Self.emailAutolink, true)] {
            if let match = regex.firstMatch(in: rest, options: [.anchored], range: range) {
                let inner = slice(position + 1..<position + match.range.length - 1)
                let node = InlineNode(.link, offset: offset)
                node.destination = (isEmail ? "mailto:" : "") + inner.string
                node.children = [.text(inner, offset: offset + 1)]
                position += match.range.length
                return node
            }
        }
        if let match = Self.rawHTML.firstMatch(in: rest, options: [.anchored], range: range) {
            let node = InlineNode(.html, offset: offset)
            node.text = slice(position..<position + match.range.length)
            position += match.range.length
            return node
        }
        return nil
    }

    private static let schemes: [[UInt16]] = ["https://", "http://", "ftp://"].map { Array($0.utf16) }
    private static let www: [UInt16] = Array("www.".utf16)

    /// GitHub's extended autolinks: `www.`, `http://`, `https://` and `ftp://` URLs in text.
    private mutating func bareLink() -> InlineNode? {
        let units = text.units
        if position > 0 {
            switch units[position - 1] {
            case 32, 9, 10, 42, 95, 126, 40: break
            default: return nil
            }
        }
        func hasPrefix(_ prefix: [UInt16]) -> Bool {
            guard position + prefix.count <= units.count else { return false }
            for (index, unit) in prefix.enumerated() {
                var candidate = units[position + index]
                if candidate >= 65 && candidate <= 90 { candidate += 32 }
                if candidate != unit { return false }
            }
            return true
        }
        var schemeLength = 0
        var isWWW = false
        for scheme in Self.schemes where schemeLength == 0 && hasPrefix(scheme) {
            schemeLength = scheme.count
        }
        if schemeLength == 0 {
            guard hasPrefix(Self.www) else { return nil }
            isWWW = true
        }
        var end = position + schemeLength
        let domainStart = end
        var periods = 0
        while end < units.count {
            let unit = units[end]
            if (48...57).contains(unit) || (65...90).contains(unit) || (97...122).contains(unit) || unit == 45 || unit == 95 || unit > 127 && !Self.isWhitespace(unit) {
                end += 1
            } else if unit == 46, end + 1 < units.count, units[end + 1] != 46, !Self.isWhitespace(units[end + 1]) {
                periods += 1
                end += 1
            } else {
                break
            }
        }
        guard end > domainStart, periods >= (isWWW ? 1 : 0) || !isWWW else { return nil }
        while end < units.count, !Self.isWhitespace(units[end]), units[end] != 60 { end += 1 }
        // Trailing punctuation is not part of the link.
        while end > domainStart {
            let last = units[end - 1]
            if [63, 33, 46, 44, 58, 42, 95, 126, 39, 34].contains(last) {
                end -= 1
            } else if last == 41 {
                let opens = units[position..<end].filter { $0 == 40 }.count
                let closes = units[position..<end].filter { $0 == 41 }.count
                if closes > opens { end -= 1 } else { break }
            } else if last == 59 {
                var cursor = end - 2
                while cursor > position, (65...90).contains(units[cursor]) || (97...122).contains(units[cursor]) || (48...57).contains(units[cursor]) { cursor -= 1 }
                if units[cursor] == 38 { end = cursor } else { break }
            } else {
                break
            }
        }
        guard end > domainStart else { return nil }
        let linkText = slice(position..<end)
        let node = InlineNode(.link, offset: Int(text.offsets[position]))
        node.destination = (isWWW ? "http://" : "") + linkText.string
        node.children = [.text(linkText, offset: node.offset)]
        position = end
        return node
    }
}
