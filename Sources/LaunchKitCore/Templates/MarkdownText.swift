import Foundation

/// Text made safe for the Markdown LaunchKit writes, since templates render with HTML escaping off.
///
/// Templates reach these through helpers (`{{ cell(x) }}`, see `TemplateHelper`); Markdown and CSV
/// writers call them directly. Every function is pure and deterministic.
public enum MarkdownText {
    /// Escapes text for one cell of a GitHub-flavoured Markdown table.
    ///
    /// `|` becomes `\|`; each line break (`\n`, `\r\n`, `\r`) becomes `<br>`, which GitHub and most
    /// renderers show as a line break inside the cell (a space would merge an answer's paragraphs);
    /// leading and trailing white space is dropped; raw HTML is neutralised as by
    /// `neutralizingHTML(_:)`.
    ///
    /// ```swift
    /// MarkdownText.tableCell("Price | TCO\nsee below")  // "Price \| TCO<br>see below"
    /// ```
    public static func tableCell(_ text: String) -> String {
        tableCellByBytes(text) ?? tableCellByCharacters(text)
    }

    /// The definition of `tableCell(_:)`, for the text `tableCellByBytes` leaves to it.
    private static func tableCellByCharacters(_ text: String) -> String {
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

    /// One line: every run of white space, line breaks included, becomes a single space, and the
    /// ends are trimmed. For headings and other one-line places.
    public static func singleLine(_ text: String) -> String {
        singleLineByBytes(text) ?? text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A Markdown bullet list, `- item` per line, without a trailing newline.
    ///
    /// Items are trimmed and empty ones left out; an item's further lines are indented by two spaces
    /// so they stay inside it.
    ///
    /// ```swift
    /// MarkdownText.bulletList(["Faster", "Cheaper\nby 30%"])  // "- Faster\n- Cheaper\n  by 30%"
    /// ```
    public static func bulletList(_ items: [String]) -> String {
        list(items) { _ in "- " }
    }

    /// A numbered Markdown list, `1. item` per line, without a trailing newline; items as in
    /// `bulletList(_:)`.
    public static func numberedList(_ items: [String]) -> String {
        list(items) { "\($0). " }
    }

    private static func list(_ items: [String], marker: (Int) -> String) -> String {
        var lines: [String] = []
        var number = 0
        for item in items {
            let trimmed = trimming(Substring(unifyingLineBreaks(item)), .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            number += 1
            let prefix = marker(number)
            let indent = String(repeating: " ", count: prefix.count)
            for (offset, line) in trimmed.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = trimming(line, .whitespaces)
                lines.append(offset == 0 ? prefix + line : (line.isEmpty ? "" : indent + line))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Neutralises raw HTML in untrusted text: a `<` that would open a tag, a comment or a
    /// declaration (`<` before a letter, `/`, `!` or `?`) becomes `&lt;`, which Markdown shows as a
    /// plain `<`. Everything else stays as written: `&`, quotes, `>`, and `<` in `a < b` or `<10 ms`.
    /// `<br>` is let through: `tableCell(_:)` writes it, and it can inject nothing.
    ///
    /// This is what `{{x}}` does in LaunchKit templates; `{{{x}}}` and `{{&x}}` leave text as it is,
    /// for Markdown a stage built itself.
    ///
    /// ```swift
    /// MarkdownText.neutralizingHTML("<script>alert(1)</script> & <10 ms")
    /// // "&lt;script>alert(1)&lt;/script> & <10 ms"
    /// ```
    public static func neutralizingHTML(_ text: String) -> String {
        neutralizingTags(in: text) ?? text
    }

    private static func unifyingLineBreaks(_ text: String) -> String {
        // A carriage return always starts a Character ("\r" or "\r\n"), so its byte tells.
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    // MARK: - Slugs

    /// A name safe as a file name on every platform: lower-case ASCII letters and digits separated
    /// by single `-`.
    ///
    /// Accents are dropped (`Café` → `cafe`, by compatibility decomposition, so `ﬁ` → `fi` and
    /// full-width letters become ASCII), a few letters that do not decompose are spelled out (`ß` →
    /// `ss`, `æ` → `ae`, `ø` → `o`, `ł` → `l`, `þ` → `th`…), apostrophes vanish (`Don't` → `dont`),
    /// and every other run of characters becomes one `-`. So a slug never starts with a dot or a
    /// dash and never contains `..` or `/`. It is at most 80 characters, cut at a `-` when it can be.
    ///
    /// It is never empty: text with nothing left (`""`, `..`, `日本`) becomes `untitled` when it is
    /// blank and `item-` plus 8 hex digits of a hash of the text otherwise, so two different
    /// non-Latin names do not share a file. A Windows device name (`con`, `nul`, `com1`…) gets `-1`
    /// appended. Different texts can still give one slug (`A.B` and `a b`): see `uniqueSlugs(_:)`.
    public static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        func append(_ piece: String) {
            if pendingDash, !slug.isEmpty { slug += "-" }
            pendingDash = false
            slug += piece
        }
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                append(String(scalar).lowercased())
            } else if let spelled = spelledOut[scalar] {
                append(spelled)
            } else if apostrophes.contains(scalar) || isMark(scalar) {
                continue
            } else {
                pendingDash = true
            }
        }
        if slug.count > maximumSlugLength {
            var cut = String(slug.prefix(maximumSlugLength))
            if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= maximumSlugLength / 2 {
                cut = String(cut[..<dash])
            }
            slug = cut
        }
        if slug.isEmpty {
            let blank = text.allSatisfy { $0.isWhitespace }
            slug = blank ? "untitled" : "item-" + fnv1a(text)
        }
        if reservedNames.contains(slug) { slug += "-1" }
        return slug
    }

    /// Slugs for several names, made distinct in order: the second `Acme` is `acme-2`, the third
    /// `acme-3`, skipping any slug already taken.
    public static func uniqueSlugs(_ texts: [String]) -> [String] {
        var taken: Set<String> = []
        return texts.map { text in
            let base = slug(text)
            var candidate = base
            var number = 2
            while taken.contains(candidate) {
                candidate = "\(base)-\(number)"
                number += 1
            }
            taken.insert(candidate)
            return candidate
        }
    }

    static let maximumSlugLength = 80

    /// Device names Windows will not open as files, whatever the extension.
    static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for digit in 0...9 {
            names.insert("com\(digit)")
            names.insert("lpt\(digit)")
        }
        return names
    }()

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ı": "i", "ħ": "h", "Ħ": "h",
    ]

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BC}"]

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 lower-case hex digits: stable across runs and
    /// platforms, unlike `hashValue`.
    private static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
