/// Finds literal text that every match of a pattern must contain, so the linter can skip a
/// rule's regex on text where none of it appears.
///
/// The answer is a set of strings of which at least one occurs in any match ("any of"), or nil
/// when nothing is certain (a class, an optional part, a back-reference...). Literals are
/// ASCII-lower-cased: the linter scans ASCII-lower-cased text, so a hit is a superset for
/// case-sensitive patterns and exact for case-insensitive ones. Letters outside ASCII that have a
/// case cannot be folded that way and end a literal in case-insensitive patterns. Anything this
/// parser does not understand (inline flags, `\Q…\E`) makes the whole answer nil: a missing
/// literal only costs speed, a wrong one would lose alerts.
enum RequiredLiterals {
    /// Sets larger than this are not worth scanning for.
    static let maximumAlternatives = 48

    static func of(_ pattern: String, caseInsensitive: Bool) -> Set<String>? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive)
        guard let result = try? parser.alternation(), parser.index == parser.scalars.count else { return nil }
        return result
    }

    private struct GiveUp: Error {}

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let caseInsensitive: Bool
        var index = 0

        init(scalars: [Unicode.Scalar], caseInsensitive: Bool) {
            self.scalars = scalars
            self.caseInsensitive = caseInsensitive
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func alternation() throws -> Set<String>? {
            var branches: [Set<String>?] = [try concatenation()]
            while peek() == "|" {
                index += 1
                branches.append(try concatenation())
            }
            var union = Set<String>()
            for branch in branches {
                guard let branch else { return nil }
                union.formUnion(branch)
            }
            return union.count <= maximumAlternatives ? union : nil
        }

        /// An atom: a literal scalar (already folded), a requirement from a group, or nothing.
        enum Atom {
            case literal(Unicode.Scalar)
            case group(Set<String>?)
            case other
        }

        mutating func concatenation() throws -> Set<String>? {
            var candidates: [Set<String>] = []
            var run = String.UnicodeScalarView()
            func flush() {
                if !run.isEmpty { candidates.append([String(run)]) }
                run = String.UnicodeScalarView()
            }
            while let scalar = peek(), scalar != "|", scalar != ")" {
                let atom = try self.atom()
                let quantifier = self.quantifier()
                switch (atom, quantifier) {
                case (_, .optional):
                    flush()
                case (.literal(let literal), .once):
                    run.append(literal)
                case (.literal(let literal), .atLeastOnce):
                    run.append(literal)
                    flush()
                case (.group(let requirement), _):
                    flush()
                    if let requirement { candidates.append(requirement) }
                case (.other, _):
                    flush()
                }
            }
            flush()
            // The best requirement is the one whose shortest literal is longest.
            return candidates.max { lhs, rhs in
                let left = lhs.map(\.unicodeScalars.count).min() ?? 0
                let right = rhs.map(\.unicodeScalars.count).min() ?? 0
                return left != right ? left < right : lhs.count > rhs.count
            }
        }

        enum Quantifier { case once, optional, atLeastOnce }

        mutating func quantifier() -> Quantifier {
            guard let scalar = peek() else { return .once }
            var kind = Quantifier.once
            switch scalar {
            case "*", "?":
                kind = .optional
                index += 1
            case "+":
                kind = .atLeastOnce
                index += 1
            case "{":
                var cursor = index + 1
                var digits = ""
                while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
                    digits.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                guard !digits.isEmpty, cursor < scalars.count else { return .once }
                if scalars[cursor] == "," {
                    cursor += 1
                    while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) { cursor += 1 }
                }
                guard cursor < scalars.count, scalars[cursor] == "}" else { return .once }
                index = cursor + 1
                kind = Int(digits) == 0 ? .optional : .atLeastOnce
            default:
                return .once
            }
            // Lazy and possessive markers do not change what must appear.
            if peek() == "?" || peek() == "+" { index += 1 }
            return kind
        }

        func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            if scalar.isASCII {
                return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
            }
            if caseInsensitive && scalar.properties.changesWhenCaseFolded { return nil }
            if caseInsensitive && scalar.properties.changesWhenCaseMapped { return nil }
            return scalar
        }

        mutating func atom() throws -> Atom {
            let scalar = scalars[index]
            switch scalar {
            case "(":
                return try group()
            case "[":
                try skipClass()
                return .other
            case ".", "^", "$":
                index += 1
                return .other
            case "\\":
                return try escape()
            case "{", "}":
                index += 1
                return fold(scalar).map(Atom.literal) ?? .other
            case "*", "+", "?":
                // A quantifier with nothing to repeat; let the regex compiler report it.
                throw GiveUp()
            default:
                index += 1
                return fold(scalar).map(Atom.literal) ?? .other
            }
        }

        mutating func escape() throws -> Atom {
            guard let next = peek(1) else { throw GiveUp() }
            index += 2
            switch next {
            case "n": return .literal("\n")
            case "t": return .literal("\t")
            case "Q", "E": throw GiveUp()
            case "k":
                if let open = peek(), open == "<" || open == "'" || open == "{" {
                    let close: Unicode.Scalar = open == "<" ? ">" : (open == "'" ? "'" : "}")
                    index += 1
                    while let scalar = peek(), scalar != close { index += 1 }
                    index += 1
                }
                return .other
            case "p", "P", "x", "u":
                if peek() == "{" {
                    while let scalar = peek(), scalar != "}" { index += 1 }
                    index += 1
                } else if next == "x" {
                    index = min(index + 2, scalars.count)
                } else if next == "u" {
                    index = min(index + 4, scalars.count)
                } else {
                    index = min(index + 1, scalars.count)
                }
                return .other
            case "c":
                index = min(index + 1, scalars.count)
                return .other
            default:
                if next.properties.isAlphabetic || ("0"..."9").contains(next) {
                    // \w \d \s \b \A \z and friends, or a back-reference.
                    return .other
                }
                return fold(next).map(Atom.literal) ?? .other
            }
        }

        mutating func skipClass() throws {
            index += 1
            if peek() == "^" { index += 1 }
            if peek() == "]" { index += 1 }
            while let scalar = peek() {
                switch scalar {
                case "\\": index += 2
                case "[":
                    if peek(1) == ":" {
                        while let inner = peek(), inner != "]" { index += 1 }
                        index += 1
                    } else if index > 0, scalars[index - 1] == "-" {
                        try skipClass()
                    } else {
                        index += 1
                    }
                case "]":
                    index += 1
                    return
                default: index += 1
                }
            }
            throw GiveUp()
        }

        mutating func group() throws -> Atom {
            index += 1
            var zeroWidth = false
            if peek() == "?" {
                switch peek(1) {
                case ":", ">":
                    index += 2
                case "=", "!":
                    index += 2
                    zeroWidth = true
                case "<" where peek(2) == "=" || peek(2) == "!":
                    index += 3
                    zeroWidth = true
                case "<", "'", "P":
                    // A named group: skip the name.
                    let close: Unicode.Scalar = peek(1) == "'" ? "'" : ">"
                    if peek(1) == "P", peek(2) == "=" { throw GiveUp() }
                    while let scalar = peek(), scalar != close { index += 1 }
                    index += 1
                case "#":
                    while let scalar = peek(), scalar != ")" { index += 1 }
                    index += 1
                    return .other
                default:
                    // Inline options change how the rest matches: too clever to follow.
                    throw GiveUp()
                }
            }
            let inner = try alternation()
            guard peek() == ")" else { throw GiveUp() }
            index += 1
            return .group(zeroWidth ? nil : inner)
        }
    }
}
