/// A link reference definition (`[label]: destination "title"`), which defines a target for
/// `[text][label]` links and is not itself rendered.
struct LinkReference {
    var label: String
    var destination: String
    var title: String?

    /// CommonMark's label matching: case-folded, inner whitespace collapsed.
    static func normalize(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// Parses one definition at the start of `text`; returns it and the UTF-16 units it used
    /// (up to the end of its last line).
    static func parseDefinition(_ text: [UInt16]) -> (LinkReference, Int)? {
        var index = 0
        func skipSpaces(allowNewline: Bool) -> Bool {
            var sawNewline = false
            while index < text.count {
                let unit = text[index]
                if unit == 32 || unit == 9 {
                    index += 1
                } else if unit == 10 && allowNewline && !sawNewline {
                    sawNewline = true
                    index += 1
                } else {
                    break
                }
            }
            return sawNewline
        }
        guard index < text.count, text[index] == 91 else { return nil }
        index += 1
        var label: [UInt16] = []
        while index < text.count, text[index] != 93 {
            if text[index] == 91 { return nil }
            if text[index] == 92, index + 1 < text.count {
                label.append(text[index])
                index += 1
            }
            label.append(text[index])
            index += 1
            if label.count > 999 { return nil }
        }
        guard index + 1 < text.count, text[index] == 93, text[index + 1] == 58 else { return nil }
        let labelText = String(utf16Units: label[...])
        guard !labelText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, !labelText.hasPrefix("^") else { return nil }
        index += 2
        _ = skipSpaces(allowNewline: true)
        // Destination.
        var destination: [UInt16] = []
        if index < text.count, text[index] == 60 {
            index += 1
            while index < text.count, text[index] != 62 {
                if text[index] == 10 || text[index] == 60 { return nil }
                destination.append(text[index])
                index += 1
            }
            guard index < text.count else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < text.count {
                let unit = text[index]
                if unit == 32 || unit == 9 || unit == 10 || unit < 32 { break }
                if unit == 40 { depth += 1 }
                if unit == 41 {
                    if depth == 0 { break }
                    depth -= 1
                }
                destination.append(unit)
                index += 1
            }
            if destination.isEmpty { return nil }
        }
        let afterDestination = index
        // Optional title, possibly on the next line.
        let beforeTitle = index
        let sawNewline = skipSpaces(allowNewline: true)
        var title: String?
        if index < text.count, [34, 39, 40].contains(text[index]), index > beforeTitle {
            let close: UInt16 = text[index] == 40 ? 41 : text[index]
            var cursor = index + 1
            var value: [UInt16] = []
            while cursor < text.count, text[cursor] != close {
                if text[cursor] == 92, cursor + 1 < text.count {
                    cursor += 1
                }
                value.append(text[cursor])
                cursor += 1
            }
            if cursor < text.count {
                var end = cursor + 1
                while end < text.count, text[end] == 32 || text[end] == 9 { end += 1 }
                if end == text.count || text[end] == 10 {
                    title = String(utf16Units: value[...])
                    let reference = LinkReference(label: labelText, destination: String(utf16Units: destination[...]), title: title)
                    return (reference, end)
                }
            }
            if !sawNewline { return nil }
        }
        // No valid title: the definition ends after the destination, which must end its line.
        var end = afterDestination
        while end < text.count, text[end] == 32 || text[end] == 9 { end += 1 }
        guard end == text.count || text[end] == 10 else { return nil }
        return (LinkReference(label: labelText, destination: String(utf16Units: destination[...]), title: nil), end)
    }
}

import Foundation
