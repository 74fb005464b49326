/// Finds literal text that every match of a pattern must contain, so the linter can skip a
/// rule's regex on text where it cannot match.
///
/// The answer is a list of sets, all of which must be satisfied, each by at least one of its
/// strings occurring in the text; nil when nothing is certain. `\d{1,2} ?[ap]m` needs a digit
/// and one of "am", "pm"; `(?:bunch|flock) of woodpeckers` needs " of woodpeckers".
///
/// Literals are ASCII-lower-cased: the linter scans ASCII-lower-cased text, so a hit is a
/// superset for case-sensitive patterns and exact for case-insensitive ones. Letters outside
/// ASCII that have a case cannot be folded that way and end a literal in case-insensitive
/// patterns. Small character classes are expanded (`[ap]` is "a" or "p"); `\d` is expanded to
/// ASCII digits, and the scan treats text with other decimal digits as matching anything.
/// Anything this parser does not follow (inline flags, `\Q…\E`) makes the answer nil: a missing
/// literal only costs speed, a wrong one would lose alerts.
enum RequiredLiterals {
    /// Sets larger than this are not worth scanning for.
    static let maximumAlternatives = 48
    /// At most this many sets are kept for one pattern (the most selective ones).
    static let maximumSets = 3

    struct Requirement: Sendable, Equatable {
        /// Every set must be satisfied.
        var sets: [Set<String>]
        /// Whether `\d` was expanded to ASCII digits.
        var usesDigits: Bool
    }

    static func of(_ pattern: String, caseInsensitive: Bool) -> Requirement? {
        if let literal = plainLiteral(pattern) {
            return Requirement(sets: [[literal]], usesDigits: false)
        }
        var parser = Parser(scalars: Array(pattern.unicodeScalars), caseInsensitive: caseInsensitive)
        guard let result = try? parser.alternation(), parser.index == parser.scalars.count, !result.sets.isEmpty else { return nil }
        return Requirement(sets: result.sets, usesDigits: parser.usesDigits)
    }

    private struct GiveUp: Error {}

    /// What a pattern that is only part of a regex requires: as ``of(_:caseInsensitive:)``, but
    /// nil when the pattern has a top-level `|`, which would split the surrounding regex rather
    /// than stay inside it.
    static func ofEveryMatch(_ pattern: String, caseInsensitive: Bool) -> Requirement? {
        var depth = 0
        var inClass = false
        var escaped = false
        for byte in pattern.utf8 {
            if escaped {
                escaped = false
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"): escaped = true
            case UInt8(ascii: "[") where !inClass: inClass = true
            case UInt8(ascii: "]") where inClass: inClass = false
            case UInt8(ascii: "(") where !inClass: depth += 1
            case UInt8(ascii: ")") where !inClass: depth -= 1
            case UInt8(ascii: "|") where !inClass && depth <= 0: return nil
            default: break
            }
        }
        return of(pattern, caseInsensitive: caseInsensitive)
    }

    /// The requirement of text that must hold matches of two parts: all of both parts' sets.
    static func both(_ first: Requirement?, _ second: Requirement?) -> Requirement? {
        guard let first else { return second }
        guard let second else { return first }
        return Requirement(sets: first.sets + second.sets, usesDigits: first.usesDigits || second.usesDigits)
    }

    /// Most tokens are plain words or phrases (a cliché list has hundreds). For ASCII text with
    /// no regex syntax the parser's answer is the text itself, lower-cased; this says so
    /// without parsing, which made up most of the time spent finding literals in a pack.
    static func plainLiteral(_ pattern: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pattern.utf8.count)
        for byte in pattern.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            default:
                if RegexMetacharacter.contains(byte) { return nil }
                bytes.append(byte)
            }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// How selective a set is: longer shortest strings first, then fewer strings.
    private static func rank(_ set: Set<String>) -> (Int, Int) {
        (set.map(\.unicodeScalars.count).min() ?? 0, -set.count)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let caseInsensitive: Bool
        var index = 0
        var usesDigits = false

        init(scalars: [Unicode.Scalar], caseInsensitive: Bool) {
            self.scalars = scalars
            self.caseInsensitive = caseInsensitive
        }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        /// What a sequence or alternation must contain, and, when it can only ever match one
        /// of a few known strings, those strings.
        struct Content {
            var sets: [Set<String>]
            var exact: Set<String>?
        }

        /// Branches joined by `|`: each branch's best set, united (a disjunction).
        mutating func alternation() throws -> Content {
            var branches = [try concatenation()]
            while peek() == "|" {
                index += 1
                branches.append(try concatenation())
            }
            if branches.count == 1 { return branches[0] }
            var exact: Set<String>? = []
            var union = Set<String>()
            for branch in branches {
                if let strings = branch.exact, exact != nil { exact!.formUnion(strings) } else { exact = nil }
                guard let best = branch.sets.max(by: { rank($0) < rank($1) }) else {
                    return Content(sets: [], exact: nil)
                }
                union.formUnion(best)
            }
            if let strings = exact, strings.count > maximumAlternatives || strings.contains("") { exact = nil }
            return Content(sets: union.count <= maximumAlternatives ? [union] : [], exact: exact)
        }

        /// An atom: the strings one occurrence can be (a literal or a small class), a
        /// requirement from a group, or nothing known.
        enum Atom {
            case strings(Set<String>)
            case group([Set<String>])
            case other
        }

        /// A sequence: the runs of known strings it must contain, and the requirements of its groups.
        mutating func concatenation() throws -> Content {
            var candidates: [Set<String>] = []
            // The strings the current run can be; almost always exactly one.
            var run: [String] = [""]
            var exact = true
            func flush() {
                if run != [""] { candidates.append(Set(run)) }
                run = [""]
            }
            func extend(_ strings: Set<String>) {
                if strings.count == 1, let only = strings.first {
                    for index in run.indices { run[index] += only }
                    return
                }
                guard run.count * strings.count <= maximumAlternatives else {
                    exact = false
                    flush()
                    run = Array(strings)
                    return
                }
                var next: [String] = []
                next.reserveCapacity(run.count * strings.count)
                for prefix in run { for suffix in strings { next.append(prefix + suffix) } }
                run = next
            }
            while let scalar = peek(), scalar != "|", scalar != ")" {
                let atom = try self.atom()
                let quantifier = self.quantifier()
                if case .strings = atom, quantifier == .once {} else { exact = false }
                switch (atom, quantifier) {
                case (_, .optional):
                    flush()
                case (.strings(let strings), .once):
                    extend(strings)
                case (.strings(let strings), .atLeast(let minimum)):
                    // The first `minimum` occurrences end this run (`[!?]{2,}` needs "!!", "!?",
                    // "?!" or "??"); the last one starts the next.
                    for _ in 0..<min(minimum, Self.maximumRepetitions) { extend(strings) }
                    flush()
                    run = Array(strings)
                case (.group(let requirement), _):
                    flush()
                    candidates.append(contentsOf: requirement)
                case (.other, _):
                    flush()
                }
            }
            let exactStrings = exact ? Set(run) : nil
            flush()
            let best = candidates.filter { !$0.contains("") }.sorted { rank($0) > rank($1) }
            return Content(sets: Array(best.prefix(maximumSets)), exact: exactStrings)
        }

        enum Quantifier: Equatable { case once, optional, atLeast(Int) }

        /// Repetitions followed when a quantifier asks for several (`a{20,}` needs only "aaaa").
        static let maximumRepetitions = 4

        mutating func quantifier() -> Quantifier {
            guard let scalar = peek() else { return .once }
            var kind = Quantifier.once
            switch scalar {
            case "*", "?":
                kind = .optional
                index += 1
            case "+":
                kind = .atLeast(1)
                index += 1
            case "{":
                var cursor = index + 1
                var digits = ""
                while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
                    digits.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                guard !digits.isEmpty, cursor < scalars.count else { return .once }
                var exact = true
                if scalars[cursor] == "," {
                    exact = false
                    cursor += 1
                    while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) { cursor += 1 }
                }
                guard cursor < scalars.count, scalars[cursor] == "}" else { return .once }
                index = cursor + 1
                let minimum = Int(digits) ?? 1
                kind = minimum == 0 ? .optional : (exact && minimum == 1 ? .once : .atLeast(minimum))
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
            if caseInsensitive && (scalar.properties.changesWhenCaseFolded || scalar.properties.changesWhenCaseMapped) { return nil }
            return scalar
        }

        func single(_ scalar: Unicode.Scalar) -> Atom {
            fold(scalar).map { .strings([String($0)]) } ?? .other
        }

        mutating func atom() throws -> Atom {
            let scalar = scalars[index]
            switch scalar {
            case "(":
                return try group()
            case "[":
                return try characterClass()
            case ".", "^", "$":
                index += 1
                return .other
            case "\\":
                return try escape()
            case "*", "+", "?":
                // A quantifier with nothing to repeat; let the regex compiler report it.
                throw GiveUp()
            default:
                index += 1
                return single(scalar)
            }
        }

        static let digits: Set<String> = Set((0...9).map(String.init))

        mutating func escape() throws -> Atom {
            guard let next = peek(1) else { throw GiveUp() }
            index += 2
            switch next {
            case "n": return .strings(["\n"])
            case "t": return .strings(["\t"])
            case "d":
                usesDigits = true
                return .strings(Self.digits)
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
                    // \w \s \b \A \z and friends, or a back-reference.
                    return .other
                }
                return single(next)
            }
        }

        /// A class of a few plain characters becomes the set of them; anything else is unknown.
        mutating func characterClass() throws -> Atom {
            index += 1
            var negated = false
            var members = Set<String>()
            var known = true
            if peek() == "^" {
                negated = true
                index += 1
            }
            var first = true
            while let scalar = peek(), scalar != "]" || first {
                first = false
                var current = scalar
                switch scalar {
                case "\\":
                    guard let next = peek(1) else { throw GiveUp() }
                    index += 2
                    if next == "d" {
                        usesDigits = true
                        members.formUnion(Self.digits)
                        continue
                    }
                    if next.properties.isAlphabetic || ("0"..."9").contains(next) { known = false; continue }
                    current = next
                case "[":
                    // A POSIX class or a .NET subtraction: unknown.
                    known = false
                    if peek(1) == ":" {
                        while let inner = peek(), inner != "]" { index += 1 }
                        index += 1
                    } else {
                        index += 1
                    }
                    continue
                default:
                    index += 1
                }
                if peek() == "-", let end = peek(1), end != "]" {
                    index += 2
                    guard current.value <= end.value, end.value - current.value < 16 else { known = false; continue }
                    for value in current.value...end.value {
                        guard let member = Unicode.Scalar(value), let folded = fold(member) else { known = false; continue }
                        members.insert(String(folded))
                    }
                } else if let folded = fold(current) {
                    members.insert(String(folded))
                } else {
                    known = false
                }
            }
            guard peek() == "]" else { throw GiveUp() }
            index += 1
            guard known, !negated, !members.isEmpty, members.count <= 16 else { return .other }
            return .strings(members)
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
            if zeroWidth || inner.sets.isEmpty { return .other }
            // A group that can only match a few known strings extends the surrounding run.
            if let strings = inner.exact, !strings.contains(""), strings.count <= 16 { return .strings(strings) }
            return .group(inner.sets)
        }
    }
}
