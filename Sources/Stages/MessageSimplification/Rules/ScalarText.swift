/// A text as an array of Unicode scalars, the unit every offset in this module counts: libyaml
/// columns, style-engine alerts and rule findings all agree on it.
struct ScalarText: Sendable {
    /// The text as given.
    let string: String
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        string = text
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The text of a range of scalars, encoded straight into the string's UTF-8 storage, sized
    /// exactly: a string that is kept (a rewrite, a finding's words) holds no spare capacity.
    subscript(range: Range<Int>) -> String {
        let length = scalars[range].reduce(0) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars[range] {
                for byte in scalar.utf8 {
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// Appends the UTF-8 encoding of a range of scalars to `bytes`.
    func appendUTF8(of range: Range<Int>, to bytes: inout [UInt8]) {
        for scalar in scalars[range] {
            bytes += scalar.utf8
        }
    }

    /// Letters and digits: what a word is made of, for word boundaries.
    ///
    /// ASCII is answered directly: a Unicode property lookup costs a table search, and boundary
    /// checks run on every scalar of every message.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value | 0x20) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Unicode white space (`White_Space`), with ASCII answered directly: tab to carriage return
    /// and the space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || (0x09...0x0D).contains(scalar.value)
        }
        return scalar.properties.isWhitespace
    }

    /// A capital letter (Unicode `Uppercase`), with ASCII answered directly.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// A small letter (Unicode `Lowercase`), with ASCII answered directly.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : scalar.properties.isLowercase
    }

    /// The scalar's lower case when it is a single scalar, else the scalar itself (so offsets
    /// still line up); ASCII capitals are shifted directly.
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar
        }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    func isWord(at offset: Int) -> Bool {
        offset >= 0 && offset < scalars.count && Self.isWordScalar(scalars[offset])
    }

    /// The maximal runs of letters and digits, as offset ranges.
    var words: [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for offset in 0...scalars.count {
            let inWord = offset < scalars.count && Self.isWordScalar(scalars[offset])
            if inWord, start == nil { start = offset }
            if !inWord, let first = start {
                words.append(first..<offset)
                start = nil
            }
        }
        return words
    }

    /// Whether `offset` starts a sentence: only spaces, quotes and opening brackets stand between
    /// it and the start of the text or a `.`, `!` or `?`.
    func startsSentence(at offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0 {
            let scalar = scalars[index]
            if Self.isWhitespace(scalar) || "\"'“‘([".unicodeScalars.contains(scalar) {
                index -= 1
                continue
            }
            return ".!?".unicodeScalars.contains(scalar)
        }
        return true
    }

    /// The lower-cased text, scalar for scalar (a scalar whose lower case is longer stays as it is,
    /// so offsets still line up).
    var lowercased: [Unicode.Scalar] {
        scalars.map(Self.lowercased)
    }

    /// The offset where 1-based `line` starts (lines end at `\n`); the end of the text past the last line.
    func offset(ofLine line: Int) -> Int {
        var current = 1
        var offset = 0
        while current < line, offset < scalars.count {
            if scalars[offset] == "\n" { current += 1 }
            offset += 1
        }
        return offset
    }
}
