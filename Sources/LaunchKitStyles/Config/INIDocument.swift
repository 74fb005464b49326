/// The INI dialect of Vale's config files (`.vale.ini`, `_vale`, `.vale`), read with line numbers
/// so errors point at the line that caused them.
///
/// As Vale's INI library is configured: `#` and `;` start a comment line, and an inline comment
/// when preceded by a space; keys and values split at the first `=` (or `:`); a key may repeat
/// ("shadows"), keeping every value; `[section]` names run to the last `]`.
struct INIDocument {
    struct Entry {
        var key: String
        var value: String
        var line: Int
    }

    struct Section {
        var name: String
        var line: Int
        var entries: [Entry] = []

        func values(_ key: String) -> [Entry] { entries.filter { $0.key == key } }
        func last(_ key: String) -> Entry? { entries.last { $0.key == key } }
        var keys: [String] {
            var seen: Set<String> = []
            return entries.compactMap { seen.insert($0.key).inserted ? $0.key : nil }
        }
    }

    /// The unnamed section first, then named sections in file order (a repeated name merges).
    var sections: [Section] = [Section(name: "", line: 0)]

    init(_ text: String) {
        var current = 0
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if trimmed.hasPrefix("["), let close = trimmed.lastIndex(of: "]") {
                let name = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]).trimmingCharacters(in: .whitespaces)
                if let existing = sections.firstIndex(where: { $0.name == name }) {
                    current = existing
                } else {
                    sections.append(Section(name: name, line: number))
                    current = sections.count - 1
                }
                continue
            }
            guard let split = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                sections[current].entries.append(Entry(key: trimmed, value: "", line: number))
                continue
            }
            let key = trimmed[..<split].trimmingCharacters(in: .whitespaces)
            var value = trimmed[trimmed.index(after: split)...].trimmingCharacters(in: .whitespaces)
            value = Self.strippingInlineComment(value)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            sections[current].entries.append(Entry(key: key, value: value, line: number))
        }
    }

    /// A ` #` or ` ;` starts a comment after a value.
    private static func strippingInlineComment(_ value: String) -> String {
        var previousWasSpace = false
        for index in value.indices {
            let character = value[index]
            if (character == "#" || character == ";") && previousWasSpace {
                return value[..<index].trimmingCharacters(in: .whitespaces)
            }
            previousWasSpace = character == " " || character == "\t"
        }
        return value
    }

    func section(_ name: String) -> Section? { sections.first { $0.name == name } }

    /// Comma-separated values of every occurrence of `key`, trimmed, empty and repeated ones dropped.
    static func list(_ entries: [Entry]) -> [String] {
        var result: [String] = []
        for entry in entries {
            for part in entry.value.split(separator: ",") {
                let item = part.trimmingCharacters(in: .whitespaces)
                if !item.isEmpty && !result.contains(item) { result.append(item) }
            }
        }
        return result
    }
}

import Foundation
