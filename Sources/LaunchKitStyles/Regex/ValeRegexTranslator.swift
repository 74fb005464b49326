/// Rewrites a pattern written for Vale's engine (regexp2: .NET syntax with RE2's `(?P<name>)`)
/// into the ICU syntax that `NSRegularExpression` compiles, keeping its meaning.
///
/// The engines agree on almost everything rule authors write (look-arounds, `\b`, `\p{L}`,
/// inline flags, lazy quantifiers). The differences handled here, each found in real style packs:
/// - a `{` or `}` that is not a quantifier is a literal in .NET but an error in ICU;
/// - a `[` inside a character class is a literal in .NET but opens a nested set in ICU, and `&&`
///   is an intersection operator in ICU only;
/// - .NET class subtraction `[a-z-[aeiou]]` is `[a-z--[aeiou]]` in ICU;
/// - named groups (`(?P<name>…)`, `(?<name>…)`, `(?'name'…)`) become numbered groups, because ICU
///   accepts only ASCII letters and digits in names; `\k<name>` and `(?P=name)` follow them.
/// - .NET allows any look-behind; ICU needs a bounded one, so `*`, `+` and `{n,}` inside a
///   look-behind become `{0,255}`, `{1,255}` and `{n,255}` (no prose word is longer).
/// Constructs ICU lacks (conditionals `(?(…)`, balancing groups, the `n` option) are reported
/// as errors at their offset rather than silently changing meaning.
struct ValeRegexTranslator {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var output = String.UnicodeScalarView()
    private var captureCount = 0
    private var names: [String: Int] = [:]
    /// Whether the previous construct can take a quantifier (used to tell `a{2}` from `{x}`).
    private var lastWasAtom = false
    /// Whether nothing precedes in the current branch (the pattern's start, just inside a group,
    /// or after `|`), where a quantifier has nothing to repeat.
    private var atBranchStart = true
    /// For each open group, whether it is a look-behind.
    private var lookBehinds: [Bool] = []
    /// The bound given to unbounded repetition inside a look-behind.
    static let lookBehindBound = 255

    /// The ICU pattern and how many capture groups it has.
    struct Result: Equatable {
        var pattern: String
        var captureCount: Int
    }

    static func translate(_ pattern: String) throws(ValeRegexError) -> Result {
        // Plain text (most tokens and swap keys) comes out unchanged: every scalar below takes
        // the translator's default path. `.` is copied as it is too.
        if !pattern.utf8.contains(where: { RegexMetacharacter.contains($0) && $0 != UInt8(ascii: ".") }) {
            return Result(pattern: pattern, captureCount: 0)
        }
        var translator = ValeRegexTranslator(scalars: Array(pattern.unicodeScalars))
        try translator.run()
        return Result(pattern: String(translator.output), captureCount: translator.captureCount)
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let position = index + offset
        return position < scalars.count ? scalars[position] : nil
    }

    private mutating func emit(_ text: String) {
        output.append(contentsOf: text.unicodeScalars)
    }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        output.append(scalar)
    }

    private mutating func run() throws(ValeRegexError) {
        var groupStarts: [Int] = []
        while let scalar = peek() {
            let branchStart = atBranchStart
            atBranchStart = false
            switch scalar {
            case "\\":
                try escape(inClass: false)
                lastWasAtom = true
            case "[":
                try characterClass()
                lastWasAtom = true
            case "(":
                let start = index
                let isLookBehind = peek(1) == "?" && peek(2) == "<" && (peek(3) == "=" || peek(3) == "!")
                if try groupOpening() {
                    groupStarts.append(start)
                    lookBehinds.append(isLookBehind)
                    atBranchStart = true
                }
                lastWasAtom = false
            case ")":
                guard groupStarts.popLast() != nil else {
                    throw ValeRegexError(message: "unbalanced ')'", offset: index)
                }
                lookBehinds.removeLast()
                emit(")")
                index += 1
                lastWasAtom = true
            case "{":
                if lastWasAtom, let length = quantifierLength(at: index) {
                    let quantifier = String(String.UnicodeScalarView(scalars[index..<index + length]))
                    if lookBehinds.contains(true), quantifier.hasSuffix(",}") {
                        emit(String(quantifier.dropLast()) + "\(Self.lookBehindBound)}")
                    } else {
                        emit(quantifier)
                    }
                    index += length
                    lastWasAtom = false
                } else {
                    emit("\\{")
                    index += 1
                    lastWasAtom = true
                }
            case "}":
                emit("\\}")
                index += 1
                lastWasAtom = true
            case "*", "+", "?":
                // Both engines refuse it; ICU would even read `?` after a group's `(` as group
                // syntax, so an alternative `?:x` wrapped in a capture group would stop capturing.
                if branchStart {
                    throw ValeRegexError(message: "missing argument to repetition operator '\(scalar)'", offset: index)
                }
                if lookBehinds.contains(true) && lastWasAtom && scalar != "?" {
                    emit(scalar == "*" ? "{0,\(Self.lookBehindBound)}" : "{1,\(Self.lookBehindBound)}")
                } else {
                    emit(scalar)
                }
                index += 1
                // A lazy or possessive marker after a quantifier is not an atom either.
                lastWasAtom = false
            case "|", "^", "$":
                emit(scalar)
                index += 1
                lastWasAtom = false
                atBranchStart = scalar == "|"
            default:
                emit(scalar)
                index += 1
                lastWasAtom = true
            }
        }
        if let open = groupStarts.last {
            throw ValeRegexError(message: "unbalanced '(': the group is never closed", offset: open)
        }
    }

    /// `{n}`, `{n,}` or `{n,m}` starting at `position`: its length, or nil when the brace is a literal.
    private func quantifierLength(at position: Int) -> Int? {
        var cursor = position + 1
        func digits() -> Int {
            var count = 0
            while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
                cursor += 1
                count += 1
            }
            return count
        }
        guard digits() > 0, cursor < scalars.count else { return nil }
        if scalars[cursor] == "," {
            cursor += 1
            _ = digits()
        }
        guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
        return cursor - position + 1
    }

    /// Consumes a group's opening; returns false when the construct closed itself, such as an
    /// inline option `(?i)` or a comment.
    private mutating func groupOpening() throws(ValeRegexError) -> Bool {
        let start = index
        guard peek(1) == "?" else {
            captureCount += 1
            emit("(")
            index += 1
            return true
        }
        let kind = peek(2)
        switch kind {
        case "P" where peek(3) == "<":
            index += 4
            try namedGroup(start: start, terminator: ">")
        case "P" where peek(3) == "=":
            index += 4
            let name = scanName(until: ")")
            guard let number = names[name] else {
                throw ValeRegexError(message: "reference to undefined group name '\(name)'", offset: start)
            }
            index += 1
            emit("(?:\\\(number))")
            return false
        case "<" where peek(3) != "=" && peek(3) != "!":
            index += 3
            try namedGroup(start: start, terminator: ">")
        case "'":
            index += 3
            try namedGroup(start: start, terminator: "'")
        case "(":
            throw ValeRegexError(message: "conditional groups '(?(...)' are not supported", offset: start)
        case "#":
            // A comment: drop it, ICU and .NET agree it matches nothing.
            while let scalar = peek(), scalar != ")" { index += 1 }
            guard peek() == ")" else { throw ValeRegexError(message: "unterminated comment group", offset: start) }
            index += 1
            return false
        case ":", "=", "!", ">", "<":
            // Non-capturing, look-ahead, atomic, and (with "<=" / "<!") look-behind groups.
            let length = kind == "<" ? 4 : 3
            for offset in 0..<length { if let scalar = peek(offset) { emit(scalar) } }
            index += length
        default:
            // Inline options: (?imsx-imsx) or (?imsx-imsx:...).
            var cursor = index + 2
            while cursor < scalars.count, "imsxn-".unicodeScalars.contains(scalars[cursor]) {
                if scalars[cursor] == "n" {
                    throw ValeRegexError(message: "the 'n' (explicit capture) option is not supported", offset: cursor)
                }
                cursor += 1
            }
            guard cursor < scalars.count, scalars[cursor] == ")" || scalars[cursor] == ":" else {
                throw ValeRegexError(message: "unrecognized group construct '(?\(kind.map { String($0) } ?? "")'", offset: start)
            }
            for position in index...cursor { emit(scalars[position]) }
            index = cursor + 1
            return scalars[cursor] == ":"
        }
        return true
    }

    private mutating func namedGroup(start: Int, terminator: Unicode.Scalar) throws(ValeRegexError) {
        let name = scanName(until: terminator)
        guard peek() == terminator, !name.isEmpty else {
            throw ValeRegexError(message: "invalid group name", offset: start)
        }
        if name.contains("-") {
            throw ValeRegexError(message: "balancing groups are not supported", offset: start)
        }
        index += 1
        captureCount += 1
        names[name] = captureCount
        emit("(")
    }

    private mutating func scanName(until terminator: Unicode.Scalar) -> String {
        var name = String.UnicodeScalarView()
        while let scalar = peek(), scalar != terminator {
            name.append(scalar)
            index += 1
        }
        return String(name)
    }

    private mutating func escape(inClass: Bool) throws(ValeRegexError) {
        let start = index
        guard let next = peek(1) else {
            throw ValeRegexError(message: "trailing backslash at the end of the pattern", offset: start)
        }
        switch next {
        case "k" where !inClass && (peek(2) == "<" || peek(2) == "'" || peek(2) == "{"):
            let close: Unicode.Scalar = peek(2) == "<" ? ">" : (peek(2) == "'" ? "'" : "}")
            index += 3
            let name = scanName(until: close)
            guard peek() == close else { throw ValeRegexError(message: "unterminated group reference", offset: start) }
            index += 1
            if let number = names[name] ?? Int(name) {
                emit("(?:\\\(number))")
            } else {
                throw ValeRegexError(message: "reference to undefined group name '\(name)'", offset: start)
            }
        case "Q":
            // Quoted literal text up to \E: copy it verbatim, ICU has the same construct.
            emit("\\Q")
            index += 2
            while let scalar = peek() {
                if scalar == "\\", peek(1) == "E" { break }
                emit(scalar)
                index += 1
            }
            emit("\\E")
            index = min(index + 2, scalars.count)
        case "p", "P":
            emit("\\")
            emit(next)
            index += 2
            if peek() == "{" {
                while let scalar = peek() {
                    emit(scalar)
                    index += 1
                    if scalar == "}" { break }
                }
            }
        default:
            emit("\\")
            emit(next)
            index += 2
        }
    }

    private mutating func characterClass() throws(ValeRegexError) {
        let start = index
        emit("[")
        index += 1
        if peek() == "^" {
            emit("^")
            index += 1
        }
        // A ']' first in the class is a literal in .NET.
        if peek() == "]" {
            emit("\\]")
            index += 1
        }
        while let scalar = peek() {
            switch scalar {
            case "]":
                emit("]")
                index += 1
                return
            case "\\":
                try escape(inClass: true)
            case "[":
                if peek(1) == ":", let length = posixClassLength(at: index) {
                    for offset in 0..<length { emit(scalars[index + offset]) }
                    index += length
                } else {
                    emit("\\[")
                    index += 1
                }
            case "-" where peek(1) == "[":
                // .NET class subtraction; the subtracted class closes before the outer one.
                emit("--")
                index += 1
                try characterClass()
            case "&":
                emit("\\&")
                index += 1
            default:
                emit(scalar)
                index += 1
            }
        }
        throw ValeRegexError(message: "unterminated character class '['", offset: start)
    }

    /// `[:alpha:]` and friends (RE2 syntax, also accepted by ICU inside a class).
    private func posixClassLength(at position: Int) -> Int? {
        var cursor = position + 2
        while cursor < scalars.count, scalars[cursor].properties.isAlphabetic { cursor += 1 }
        guard cursor + 1 < scalars.count, scalars[cursor] == ":", scalars[cursor + 1] == "]", cursor > position + 2 else { return nil }
        return cursor + 2 - position
    }
}
