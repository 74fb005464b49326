import Foundation

/// `MarkdownText`'s Character-level definitions as they were before the byte-level paths, kept
/// verbatim as the oracle the fast paths are compared with (`MarkdownTextEquivalenceTests`).
enum MarkdownTextReference {
    static func tableCell(_ text: String) -> String {
        var cell = ""
        for character in neutralizingHTML(unifyingLineBreaks(text).trimmingCharacters(in: .whitespacesAndNewlines)) {
            switch character {
            case "|": cell += "\\|"
            case "\n": cell += "<br>"
            default: cell.append(character)
            }
        }
        return cell
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func bulletList(_ items: [String]) -> String {
        list(items) { _ in "- " }
    }

    static func numberedList(_ items: [String]) -> String {
        list(items) { "\($0). " }
    }

    private static func list(_ items: [String], marker: (Int) -> String) -> String {
        var lines: [String] = []
        var number = 0
        for item in items {
            let trimmed = unifyingLineBreaks(item).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            number += 1
            let prefix = marker(number)
            let indent = String(repeating: " ", count: prefix.count)
            for (offset, line) in trimmed.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = line.trimmingCharacters(in: .whitespaces)
                lines.append(offset == 0 ? prefix + line : (line.isEmpty ? "" : indent + line))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func neutralizingHTML(_ text: String) -> String {
        guard text.contains("<") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "<", i + 1 < scalars.count, opensTag(scalars[i + 1]), !isLineBreakTag(scalars, at: i) {
                result.append(contentsOf: "&lt;".unicodeScalars)
            } else {
                result.append(scalar)
            }
            i += 1
        }
        return String(result)
    }

    private static func opensTag(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "/" || scalar == "!" || scalar == "?"
    }

    private static func isLineBreakTag(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        i + 4 <= scalars.count && scalars[i + 1] == "b" && scalars[i + 2] == "r" && scalars[i + 3] == ">"
    }

    private static func unifyingLineBreaks(_ text: String) -> String {
        guard text.contains(where: { $0 == "\r" || $0 == "\r\n" }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
