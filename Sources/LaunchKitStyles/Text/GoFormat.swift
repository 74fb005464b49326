/// The few pieces of Go's `fmt` and `strings` behaviour that Vale's messages depend on.
enum GoFormat {
    /// Vale's `FormatMessage`: `fmt.Sprintf(message, arguments...)` where surplus arguments are
    /// ignored, a first missing one prints as empty and later ones as `%!s(MISSING)`.
    static func message(_ format: String, _ arguments: [String]) -> String {
        var result = ""
        var next = 0
        var scalars = format.unicodeScalars.makeIterator()
        // Vale appends one empty argument so that a message with more verbs than values does not
        // print Go's error marker for the first missing one.
        let padded = arguments + [""]
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            // Skip flags, width and precision; only the verb matters for strings.
            var verb = scalars.next()
            var explicitIndex: Int?
            while let current = verb, "+-# 0123456789.[]".unicodeScalars.contains(current) {
                if current == "[" {
                    var digits = ""
                    while let digit = scalars.next(), digit != "]" { digits.unicodeScalars.append(digit) }
                    explicitIndex = Int(digits).map { $0 - 1 }
                }
                verb = scalars.next()
            }
            guard let verb else {
                result += "%!(NOVERB)"
                break
            }
            if verb == "%" {
                result += "%"
                continue
            }
            let position = explicitIndex ?? next
            if position < padded.count {
                let value = padded[position]
                result += verb == "q" ? "\"\(value)\"" : value
            } else {
                result += "%!\(verb)(MISSING)"
            }
            next = position + 1
        }
        return whitespaceToSpace(result)
    }

    /// Newlines become spaces and runs of spaces collapse, as Vale cleans every message.
    static func whitespaceToSpace(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == " " }) else { return text }
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let mapped: Unicode.Scalar = scalar == "\n" ? " " : scalar
            if mapped == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            result.unicodeScalars.append(mapped)
        }
        return result
    }

    /// Go's `unicode.IsSpace`.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Go's `strings.TrimSpace`.
    static func trimSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }

    /// Vale's `ToSentence`: `'a'`, `'a' or 'b'`, `'a', 'b', or 'c'`.
    static func toSentence(_ words: [String], _ conjunction: String) -> String {
        switch words.count {
        case 0: return ""
        case 1: return "'\(words[0])'"
        case 2: return "'\(words[0])' or '\(words[1])'"
        default:
            var quoted = words.map { "'\($0)'" }
            quoted[quoted.count - 1] = conjunction + " " + quoted[quoted.count - 1]
            return quoted.joined(separator: ", ")
        }
    }

    /// Vale's `CapFirst`: upper-cases the first byte, which for ASCII text is the first letter.
    static func capFirst(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.isASCII else { return text }
        return String(first).uppercased() + String(text.unicodeScalars.dropFirst())
    }

    /// Vale's `IsPhrase`: only letters, digits, spaces and hyphens.
    static func isPhrase(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0.properties.numericType == .decimal || $0 == "-" }
    }

    /// Vale's `IsLetter`: every scalar a letter (true for the empty string).
    static func isLetters(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.generalCategory.isLetter }
    }

    /// Vale's `IsCode`: text made only of the `*` and `@` that stand in for masked code.
    static func isMaskedCode(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "*" || $0 == "@" }
    }

    /// Go's `strings.HasSuffix`: compares bytes, so a combining mark after the suffix's last
    /// character does not hide it as it would from `String.hasSuffix`, and no Unicode work is done.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let text = text.utf8, suffix = suffix.utf8
        return text.count >= suffix.count && text.suffix(suffix.count).elementsEqual(suffix)
    }

    /// Go's `strings.Contains`, byte for byte.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let text = text.utf8, needle = needle.utf8
        guard !needle.isEmpty else { return true }
        var start = text.startIndex
        while text.distance(from: start, to: text.endIndex) >= needle.count {
            if text[start...].starts(with: needle) { return true }
            start = text.index(after: start)
        }
        return false
    }
}

extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}
