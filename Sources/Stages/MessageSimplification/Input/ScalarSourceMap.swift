import LaunchKitYAML

/// Where each character of a YAML scalar's value is written in its file, so a finding about one
/// word of a message points at that word in `messages.yml`, not at the start of the text.
///
/// YAML changes text on the way in: quotes and escapes are removed, line breaks folded, block
/// indentation stripped. Rather than re-implement those rules, the map walks the source from the
/// scalar's mark and pairs every non-space character of the value with the next source character
/// that produces it: one escape sequence in double quotes produces one character, `''` in single
/// quotes one quote, and in plain, literal (`|`) and folded (`>`) scalars every non-space
/// character stands for itself. So a word inside a block scalar maps to its own line and column
/// too. Spaces are not paired (folding makes them unreliable, and no finding starts on one). If
/// the walk meets a character it cannot pair, the rest of the value maps to the scalar's mark: a
/// plausible location rather than a wrong one.
///
/// Offsets count Unicode scalars, like libyaml's columns and the style engine's alerts.
///
/// The map keeps stretches, not one position per scalar: a position per scalar (16 bytes and an
/// optional's padding) came to 24 bytes per character of every message, 66 MB for a kit of
/// 10,000 messages, while most texts are one or a few stretches of characters written one after
/// another on one line.
struct ScalarSourceMap: Sendable {
    /// Where the scalar starts (its quote or block indicator, or its first character).
    let mark: Mark
    /// The value, to tell its spaces (never paired) from its other characters.
    private let value: String
    /// Paired characters written one after another on one line, in value order: the paired
    /// character at offset `valueStart + n` is written at `column + n` of the stretch's line.
    /// Spaces inside a stretch are not paired, and so never looked up in it.
    private let stretches: [Stretch]
    /// The offset after the last paired character: nothing at or after it is paired.
    private let pairedEnd: Int

    private struct Stretch: Sendable {
        var valueStart: Int
        var mark: Mark
    }

    /// - Parameters:
    ///   - scalar: the scalar as the YAML binding loaded it.
    ///   - source: the whole text of the file it comes from (without a byte order mark, as libyaml
    ///     does not count one).
    init(scalar: Node.Scalar, source: String) {
        self.init(scalar: scalar, in: SourceLines(source))
    }

    /// A map over a file indexed once, for the many scalars of one file.
    init(scalar: Node.Scalar, in source: SourceLines) {
        mark = scalar.mark
        value = scalar.string
        let value = Array(scalar.string.unicodeScalars)
        var pairs = Pairs()
        var cursor = SourceCursor(source: source, at: scalar.mark)
        var next = 0
        cursor.walk(style: scalar.style) { character, position in
            while next < value.count, ScalarText.isWhitespace(value[next]) { next += 1 }
            guard next < value.count, value[next] == character else { return false }
            pairs.add(next, at: position)
            next += 1
            return true
        }
        stretches = pairs.stretches
        pairedEnd = pairs.end
    }

    /// A map for text that is not in a YAML file, such as an example: every character maps to
    /// line 1 at its own column.
    init(plainText text: String) {
        mark = Mark(line: 1, column: 1)
        value = text
        var pairs = Pairs()
        var line = 1
        var column = 1
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if !ScalarText.isWhitespace(scalar) { pairs.add(offset, at: Mark(line: line, column: column)) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        stretches = pairs.stretches
        pairedEnd = pairs.end
    }

    /// The source position of the value's Unicode scalar at `offset`, or of the first paired one
    /// after it (a finding that starts on a space lands on the next word).
    ///
    /// - Returns: the scalar's mark when nothing at or after `offset` is paired.
    func mark(atScalarOffset offset: Int) -> Mark {
        var index = max(0, offset)
        for scalar in value.unicodeScalars.dropFirst(index) {
            guard ScalarText.isWhitespace(scalar) else { break }
            index += 1
        }
        guard index < pairedEnd, let stretch = stretches.last(where: { $0.valueStart <= index }) else { return mark }
        return Mark(line: stretch.mark.line, column: stretch.mark.column + index - stretch.valueStart)
    }

    /// Where the value's first non-space character is written.
    var valueStart: Mark { mark(atScalarOffset: 0) }

    /// Collects paired characters (in value order) into stretches.
    private struct Pairs {
        var stretches: [Stretch] = []
        var end = 0

        mutating func add(_ offset: Int, at position: Mark) {
            if let last = stretches.last, last.mark.line == position.line, last.mark.column + offset - last.valueStart == position.column {
                // Still the same stretch.
            } else {
                stretches.append(Stretch(valueStart: offset, mark: position))
            }
            end = offset + 1
        }
    }
}

/// Walks a source text from a scalar's mark and reports each non-space character the scalar's
/// value gets from it, with its 1-based position.
private struct SourceCursor {
    private let scalars: [Unicode.Scalar]
    private var index: Int
    private var line: Int
    private var column: Int

    init(source: SourceLines, at mark: Mark) {
        scalars = source.scalars
        line = mark.line
        column = mark.column
        let offset = mark.line >= 1 && mark.line <= source.lineStarts.count ? source.lineStarts[mark.line - 1] + mark.column - 1 : scalars.count + 1
        index = offset <= scalars.count ? offset : scalars.count
    }

    private static func breakLength(_ scalars: [Unicode.Scalar], at offset: Int) -> Int? {
        SourceLines.breakLength(scalars, at: offset)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var position: Mark { Mark(line: line, column: column) }

    private mutating func advance() {
        guard index < scalars.count else { return }
        if let length = Self.breakLength(scalars, at: index) {
            index += length
            line += 1
            column = 1
        } else {
            index += 1
            column += 1
        }
    }

    /// Calls `pair` with each character the value gets and where it is written, until `pair`
    /// returns false or the scalar ends.
    mutating func walk(style: Node.Scalar.Style, pair: (Unicode.Scalar, Mark) -> Bool) {
        switch style {
        case .plain:
            walkVerbatim(pair)
        case .literal, .folded:
            // Content starts on the line after the indicator and its optional header.
            while current != nil, Self.breakLength(scalars, at: index) == nil { advance() }
            advance()
            walkVerbatim(pair)
        case .singleQuoted:
            advance()
            while let scalar = current {
                if scalar == "'" {
                    guard index + 1 < scalars.count, scalars[index + 1] == "'" else { return }
                    let start = position
                    advance()
                    advance()
                    if !pair("'", start) { return }
                    continue
                }
                if !ScalarText.isWhitespace(scalar), !pair(scalar, position) { return }
                advance()
            }
        case .doubleQuoted:
            advance()
            while let scalar = current {
                if scalar == "\"" { return }
                if scalar == "\\" {
                    let start = position
                    advance()
                    guard let escaped = readEscape() else { continue }
                    if !ScalarText.isWhitespace(escaped), !pair(escaped, start) { return }
                    continue
                }
                if !ScalarText.isWhitespace(scalar), !pair(scalar, position) { return }
                advance()
            }
        }
    }

    private mutating func walkVerbatim(_ pair: (Unicode.Scalar, Mark) -> Bool) {
        while let scalar = current {
            if !ScalarText.isWhitespace(scalar), !pair(scalar, position) { return }
            advance()
        }
    }

    /// Reads the escape after a backslash in a double-quoted scalar.
    ///
    /// - Returns: the character it stands for, or nil for an escaped line break (a continuation).
    private mutating func readEscape() -> Unicode.Scalar? {
        guard let scalar = current else { return nil }
        if Self.breakLength(scalars, at: index) != nil {
            advance()
            return nil
        }
        advance()
        let digits: Int
        switch scalar {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return Self.singleEscapes[scalar] ?? scalar
        }
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let digit = current, let nibble = UInt32(String(digit), radix: 16) else { break }
            value = value << 4 | nibble
            advance()
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// YAML's one-letter escapes whose character differs from the letter.
    private static let singleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
        "r": "\r", "e": "\u{1B}", "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
    ]
}
