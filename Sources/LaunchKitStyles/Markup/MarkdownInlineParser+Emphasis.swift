/// CommonMark's delimiter runs and "process emphasis" algorithm, with GitHub's `~~` strikethrough.
extension MarkdownInlineParser {
    static func isASCIIPunctuation(_ unit: UInt16) -> Bool {
        (33...47).contains(unit) || (58...64).contains(unit) || (91...96).contains(unit) || (123...126).contains(unit)
    }

    static func isPunctuation(_ unit: UInt16?) -> Bool {
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

    static func isWhitespace(_ unit: UInt16?) -> Bool {
        guard let unit else { return true }
        switch unit {
        case 9, 10, 12, 13, 32, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    mutating func delimiterRun(_ unit: UInt16) {
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

    func index(of node: InlineNode) -> Int? {
        nodes.lastIndex { $0 === node }
    }

    /// CommonMark's "process emphasis" over the delimiters above `bottom`.
    mutating func processEmphasis(above bottom: Int) {
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
}
