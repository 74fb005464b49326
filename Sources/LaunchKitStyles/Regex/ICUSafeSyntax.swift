/// Decides, without asking ICU, that a pattern certainly compiles, so that compiling it can wait
/// until a rule first runs it.
///
/// Loading a style pack used to compile every rule's combined regex up front only to learn that
/// it compiles; with the literal pre-scan most of them never run. A pattern made only of the
/// constructs below cannot be rejected by ICU, so ``TokenPattern`` compiles it lazily; anything
/// else (look-arounds, back-references, nested classes...) is still compiled at load
/// time, where a failure is reported at the rule's line and column.
///
/// The accepted subset: literal scalars, `.`, `^`, `$`, escaped ASCII punctuation, `\b \B \s \S
/// \w \W \d \D`, simple classes (`[abc]`, `[^a-z\d]`), groups `(…)` and `(?:…)`, inline flags
/// `(?i)` / `(?-i)` (not `x`, whose comments could swallow a parenthesis), alternation, and one
/// quantifier (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}` with n <= m, optionally lazy) after a
/// quantifiable atom. When in doubt the answer is false: that only costs the eager compile.
///
/// Works on UTF-8 bytes (the syntax is ASCII; a byte of a longer scalar is a literal), since
/// the patterns of large packs run to tens of kilobytes.
enum ICUSafeSyntax {
    static func certainlyCompiles(_ pattern: String) -> Bool {
        var checker = Checker(bytes: Array(pattern.utf8))
        return checker.alternation(depth: 0) && checker.index == checker.bytes.count
    }

    private struct Checker {
        let bytes: [UInt8]
        var index = 0

        /// Groups nest at most this deep before the answer is "not sure".
        static let maximumDepth = 32

        func peek(_ offset: Int = 0) -> UInt8? {
            index + offset < bytes.count ? bytes[index + offset] : nil
        }

        static func isOneOf(_ byte: UInt8, _ set: StaticString) -> Bool {
            set.withUTF8Buffer { $0.contains(byte) }
        }

        mutating func alternation(depth: Int) -> Bool {
            guard depth <= Self.maximumDepth, concatenation(depth: depth) else { return false }
            while peek() == UInt8(ascii: "|") {
                index += 1
                guard concatenation(depth: depth) else { return false }
            }
            return true
        }

        mutating func concatenation(depth: Int) -> Bool {
            while let byte = peek(), byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let quantifiable = atom(depth: depth) else { return false }
                if let next = peek(), Self.isOneOf(next, "?*+{") {
                    guard quantifiable else { return false }
                    if next == UInt8(ascii: "{") {
                        guard countedQuantifier() else { return false }
                    } else {
                        index += 1
                    }
                    if peek() == UInt8(ascii: "?") { index += 1 }
                }
            }
            return true
        }

        /// `{n}`, `{n,}` or `{n,m}` with n <= m, each at most three digits.
        mutating func countedQuantifier() -> Bool {
            index += 1
            guard let low = number() else { return false }
            var high = low
            if peek() == UInt8(ascii: ",") {
                index += 1
                if peek() == UInt8(ascii: "}") {
                    high = Int.max
                } else {
                    guard let value = number() else { return false }
                    high = value
                }
            }
            guard peek() == UInt8(ascii: "}"), low <= high else { return false }
            index += 1
            return true
        }

        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let byte = peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                // Past three digits the answer is nil anyway; stop adding before `value` overflows
                // (a fuzzed rule wrote `{1,3333…2}` with a hundred digits).
                if digits < 3 { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
            return (1...3).contains(digits) ? value : nil
        }

        /// Consumes one atom; returns whether it may take a quantifier, or nil when the atom is
        /// outside the subset.
        mutating func atom(depth: Int) -> Bool? {
            guard let byte = peek() else { return nil }
            switch byte {
            case UInt8(ascii: "("):
                return group(depth: depth)
            case UInt8(ascii: "["):
                return characterClass() ? true : nil
            case UInt8(ascii: "\\"):
                guard let next = peek(1) else { return nil }
                index += 2
                if Self.isOneOf(next, "bB") { return false }
                if Self.isOneOf(next, "sSwWdD") { return true }
                return Self.isPunctuation(next) ? true : nil
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                index += 1
                return false
            case UInt8(ascii: "."):
                index += 1
                return true
            default:
                guard !RegexMetacharacter.contains(byte) else { return nil }
                index += 1
                return true
            }
        }

        mutating func group(depth: Int) -> Bool? {
            index += 1
            if peek() == UInt8(ascii: "?") {
                if peek(1) == UInt8(ascii: ":") {
                    index += 2
                } else {
                    // Inline flags: `(?im)`, `(?-i)`, `(?i-m)`; they take no quantifier.
                    index += 1
                    guard flags(), peek() == UInt8(ascii: ")") else { return nil }
                    index += 1
                    return false
                }
            }
            guard alternation(depth: depth + 1), peek() == UInt8(ascii: ")") else { return nil }
            index += 1
            return true
        }

        mutating func flags() -> Bool {
            var letters = 0
            while let byte = peek(), Self.isOneOf(byte, "ims") {
                index += 1
                letters += 1
            }
            if peek() == UInt8(ascii: "-") {
                index += 1
                var negated = 0
                while let byte = peek(), Self.isOneOf(byte, "ims") {
                    index += 1
                    negated += 1
                }
                return negated > 0
            }
            return letters > 0
        }

        /// `[…]` with plain members, escaped punctuation, `\s \w \d` (and their negations),
        /// ranges whose ends are plain and in order, and a literal `-` first or last (`[- ]`);
        /// `&`, `[`, `^` or another `-` are not followed (ICU gives them meanings of its own), nor
        /// is anything outside ASCII (a range of bytes says nothing about a range of scalars).
        mutating func characterClass() -> Bool {
            index += 1
            // `[:` opens a POSIX class (`[:alpha:]`) for ICU, which rejects unknown names.
            if peek() == UInt8(ascii: ":") { return false }
            if peek() == UInt8(ascii: "^") {
                index += 1
                if peek() == UInt8(ascii: ":") { return false }
            }
            var members = 0
            var literalHyphen = false
            while let byte = peek(), byte != UInt8(ascii: "]") {
                let low: UInt8
                if byte == UInt8(ascii: "-"), !literalHyphen, members == 0 || peek(1) == UInt8(ascii: "]") {
                    index += 1
                    members += 1
                    literalHyphen = true
                    continue
                }
                if byte == UInt8(ascii: "\\") {
                    guard let next = peek(1) else { return false }
                    index += 2
                    if Self.isOneOf(next, "sSwWdD") {
                        members += 1
                        continue
                    }
                    guard Self.isPunctuation(next) else { return false }
                    low = next
                } else {
                    guard byte < 0x80, !Self.isOneOf(byte, "[]&-^") else { return false }
                    index += 1
                    low = byte
                }
                members += 1
                if peek() == UInt8(ascii: "-"), peek(1) != UInt8(ascii: "]") {
                    guard let high = peek(1), high < 0x80, high != UInt8(ascii: "\\"), !Self.isOneOf(high, "[]&-^"), low <= high else {
                        return false
                    }
                    index += 2
                }
            }
            guard peek() == UInt8(ascii: "]"), members > 0 else { return false }
            index += 1
            return true
        }

        /// ASCII punctuation, which a backslash makes literal.
        static func isPunctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
            default: false
            }
        }
    }
}
