/// Splits raw HTML (HTML blocks and inline HTML inside Markdown) into ``MarkupEvent``s the way
/// Go's `x/net/html` tokenizer does for Vale: tags with lower-cased names and decoded attribute
/// values, comments, and text with entities decoded, keeping each character's source offset.
/// The contents of `script`, `style`, `textarea` and `title` are raw text.
struct HTMLTokenizer {
    private let text: MappedText
    private var index = 0
    private var events: [MarkupEvent] = []
    private var pending = MappedText()

    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"]

    static func tokenize(_ text: MappedText) -> [MarkupEvent] {
        var tokenizer = HTMLTokenizer(text: text)
        tokenizer.run()
        return tokenizer.events
    }

    private init(text: MappedText) {
        self.text = text
    }

    private var units: [UInt16] { text.units }

    private mutating func flushText() {
        if !pending.isEmpty {
            events.append(.text(pending))
            pending = MappedText()
        }
    }

    private static func isLetter(_ unit: UInt16) -> Bool { (65...90).contains(unit) || (97...122).contains(unit) }
    private static func isSpace(_ unit: UInt16) -> Bool { unit == 32 || unit == 9 || unit == 10 || unit == 12 || unit == 13 }

    private mutating func run() {
        while index < units.count {
            let unit = units[index]
            if unit == 60, index + 1 < units.count {
                let next = units[index + 1]
                if next == 33, startsWith("<!--", at: index) {
                    flushText()
                    comment()
                    continue
                }
                if next == 33 || next == 63 {
                    // Declarations and processing instructions: skipped like comments.
                    flushText()
                    while index < units.count, units[index] != 62 { index += 1 }
                    index += 1
                    continue
                }
                if Self.isLetter(next) || (next == 47 && index + 2 < units.count && Self.isLetter(units[index + 2])) {
                    flushText()
                    tag()
                    continue
                }
            }
            if unit == 38, let (decoded, length) = HTMLEntities.decode(units, at: index) {
                pending.append(synthetic: decoded, at: Int(text.offsets[index]))
                index += length
                continue
            }
            pending.append(unit, at: Int(text.offsets[index]))
            index += 1
        }
        flushText()
    }

    private func startsWith(_ prefix: String, at position: Int) -> Bool {
        let prefixUnits = Array(prefix.utf16)
        guard position + prefixUnits.count <= units.count else { return false }
        return Array(units[position..<position + prefixUnits.count]) == prefixUnits
    }

    private mutating func comment() {
        let start = index + 4
        var end = start
        while end < units.count, !startsWith("-->", at: end) { end += 1 }
        let body = String(utf16Units: units[start..<min(end, units.count)])
        events.append(.comment(body))
        index = min(end + 3, units.count)
    }

    private mutating func tag() {
        let closing = units[index + 1] == 47
        var cursor = index + (closing ? 2 : 1)
        var name: [UInt16] = []
        while cursor < units.count, !Self.isSpace(units[cursor]), units[cursor] != 47, units[cursor] != 62 {
            var unit = units[cursor]
            if (65...90).contains(unit) { unit += 32 }
            name.append(unit)
            cursor += 1
        }
        let tagName = String(utf16Units: name[...])
        var attributes: [String: String] = [:]
        var alt: MappedText?
        var selfClosing = false
        while cursor < units.count, units[cursor] != 62 {
            if Self.isSpace(units[cursor]) {
                cursor += 1
                continue
            }
            if units[cursor] == 47 {
                selfClosing = cursor + 1 < units.count && units[cursor + 1] == 62
                cursor += 1
                continue
            }
            var key: [UInt16] = []
            while cursor < units.count, !Self.isSpace(units[cursor]), units[cursor] != 61, units[cursor] != 62, !(units[cursor] == 47 && cursor + 1 < units.count && units[cursor + 1] == 62) {
                var unit = units[cursor]
                if (65...90).contains(unit) { unit += 32 }
                key.append(unit)
                cursor += 1
            }
            while cursor < units.count, Self.isSpace(units[cursor]) { cursor += 1 }
            var value = MappedText()
            if cursor < units.count, units[cursor] == 61 {
                cursor += 1
                while cursor < units.count, Self.isSpace(units[cursor]) { cursor += 1 }
                if cursor < units.count, units[cursor] == 34 || units[cursor] == 39 {
                    let quote = units[cursor]
                    cursor += 1
                    while cursor < units.count, units[cursor] != quote {
                        if units[cursor] == 38, let (decoded, length) = HTMLEntities.decode(units, at: cursor) {
                            value.append(synthetic: decoded, at: Int(text.offsets[cursor]))
                            cursor += length
                            continue
                        }
                        value.append(units[cursor], at: Int(text.offsets[cursor]))
                        cursor += 1
                    }
                    cursor += 1
                } else {
                    while cursor < units.count, !Self.isSpace(units[cursor]), units[cursor] != 62 {
                        value.append(units[cursor], at: Int(text.offsets[cursor]))
                        cursor += 1
                    }
                }
            }
            let keyName = String(utf16Units: key[...])
            if !keyName.isEmpty, attributes[keyName] == nil {
                attributes[keyName] = value.string
                if keyName == "alt" { alt = value }
            }
        }
        index = min(cursor + 1, units.count)
        if closing {
            events.append(.end(tagName))
        } else if selfClosing {
            events.append(.selfClosing(tagName, attributes: attributes, alt: alt))
        } else {
            events.append(.start(tagName, attributes: attributes, alt: alt))
            if Self.rawTextElements.contains(tagName) { rawText(until: tagName) }
        }
    }

    /// Everything up to `</name>` is text, not markup.
    private mutating func rawText(until name: String) {
        let closing = Array("</\(name)".utf16)
        var end = index
        while end < units.count {
            if end + closing.count <= units.count {
                var matches = true
                for (offset, unit) in closing.enumerated() {
                    var candidate = units[end + offset]
                    if (65...90).contains(candidate) { candidate += 32 }
                    if candidate != unit {
                        matches = false
                        break
                    }
                }
                if matches { break }
            }
            end += 1
        }
        if end > index {
            events.append(.text(MappedText(units: Array(units[index..<end]), offsets: Array(text.offsets[index..<end]))))
        }
        index = end
    }
}
