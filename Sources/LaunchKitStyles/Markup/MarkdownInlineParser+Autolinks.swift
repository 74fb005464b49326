import Foundation

/// Autolinks (`<https://…>`), raw inline HTML, and GitHub's bare `www.` and `https://` links.
extension MarkdownInlineParser {
    static let uriAutolink = try! NSRegularExpression(pattern: #"^<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\x00-\x20]*>"#)
    static let emailAutolink = try! NSRegularExpression(
        pattern: #"^<[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>"#)
    static let rawHTML = try! NSRegularExpression(pattern:
        #"^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>|<!-->|<!--->|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>)"#)

    mutating func autolinkOrHTML() -> InlineNode? {
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

    static let schemes: [[UInt16]] = ["https://", "http://", "ftp://"].map { Array($0.utf16) }
    static let www: [UInt16] = Array("www.".utf16)

    /// GitHub's extended autolinks: `www.`, `http://`, `https://` and `ftp://` URLs in text.
    mutating func bareLink() -> InlineNode? {
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
