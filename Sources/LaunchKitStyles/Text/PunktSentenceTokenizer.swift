import Foundation

/// Finds sentence boundaries the way Vale does (jdkato/twine's `segment` package: the Punkt
/// algorithm of neurosnap/sentences v1.0.7 with its English model, plus twine's handling of
/// abbreviations like "e.g." and of punctuation inside quotes and parentheses).
///
/// Punkt looks only at words that hold `.`, `?` or `!` and the word after each: a word ending
/// in `?` or `!` ends a sentence; a word ending in `.` does unless it is a known abbreviation,
/// an initial or a number, in which case the next word decides (a frequent sentence starter, or
/// a word usually written in lower case but capitalised here, starts a new sentence).
/// Works on UTF-8 bytes, as the Go code does, so boundaries agree on any text.
struct PunktSentenceTokenizer: Sendable {
    static let shared = PunktSentenceTokenizer()

    private let abbreviations: Set<String>
    private let collocations: Set<String>
    private let starters: Set<String>

    private static let orthoMidUpper = 1 << 2
    private static let orthoBeginLower = 1 << 4
    private static let orthoUpper = (1 << 1) + (1 << 2) + (1 << 3)
    private static let orthoLower = (1 << 4) + (1 << 5) + (1 << 6)

    init() {
        abbreviations = Set(PunktEnglishData.abbreviations.split(separator: "|").map(String.init) + ["sgt", "gov", "no", "mt"])
        collocations = Set(PunktEnglishData.collocations.split(separator: "|").map(String.init))
        starters = Set(PunktEnglishData.sentenceStarters.split(separator: "|").map(String.init))
    }

    /// The orthographic context of a word type (0 when the model does not know it).
    private func ortho(_ type: String) -> Int { PunktOrthography.context(of: type) }

    final class Token {
        let text: String
        let position: Int
        var sentenceBreak = false
        var abbreviation = false

        init(_ text: String, position: Int) {
            self.text = text
            self.position = position
        }
    }

    /// Byte ranges of the sentences of `bytes` (untrimmed, covering the whole text).
    func sentenceByteRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        let tokens = tokenize(bytes)
        annotateTypes(tokens)
        annotatePairs(tokens)
        annotateMultiPunctuation(tokens)
        var ranges: [Range<Int>] = []
        var lastBreak = 0
        for token in tokens where token.sentenceBreak {
            ranges.append(lastBreak..<token.position)
            lastBreak = token.position
        }
        if lastBreak != bytes.count { ranges.append(lastBreak..<bytes.count) }
        return ranges
    }

    // MARK: Words

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { GoFormat.isSpace(scalar) }
    private static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x3002 && "。；！？".unicodeScalars.contains(scalar)
    }

    /// Whether `word` holds `.`, `!`, `?` or their CJK forms.
    private static func hasSentencePunctuation(_ word: String) -> Bool {
        word.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x2E, 0x21, 0x3F: true
            case 0..<0x3002: false
            default: "。！？".unicodeScalars.contains(scalar)
            }
        }
    }

    /// neurosnap's word tokenizer in "period context" mode: words holding sentence punctuation
    /// and the word right after each, with the byte offset where each word ends.
    private func tokenize(_ bytes: [UInt8]) -> [Token] {
        let count = bytes.count
        guard count > 0 else { return [] }
        var tokens: [Token] = []
        var lastSpace = 0
        var getNextWord = false
        var index = 0
        while index < count {
            let (scalar, length) = Self.decode(bytes, at: index)
            defer { index += length }
            let cjk = Self.isCJKPunctuation(scalar)
            if !Self.isSpace(scalar) && !cjk && index != count - 1 { continue }
            let position = cjk ? index + length : index
            let cursor = position == count - 1 ? count : position
            let word = GoFormat.trimSpace(String(decoding: bytes[lastSpace..<min(cursor, count)], as: UTF8.self))
            if word.isEmpty { continue }
            let hasPunctuation = Self.hasSentencePunctuation(word)
            if !hasPunctuation && !getNextWord {
                lastSpace = cursor
                continue
            }
            tokens.append(Token(word, position: cursor))
            lastSpace = cursor
            getNextWord = hasPunctuation
        }
        if tokens.isEmpty { tokens.append(Token(String(decoding: bytes, as: UTF8.self), position: count)) }
        return tokens
    }

    private static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        // Most text is ASCII: no string to build for it.
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(index + length, bytes.count)
        let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
        return (scalar, max(1, end - index))
    }

    // MARK: Word types

    private static let numeric = try! NSRegularExpression(pattern: #"-?[\.,]?\d[\d,\.-]*\.?$"#)

    private func type(_ token: Token) -> String {
        let lower = token.text.lowercased()
        // The number pattern's `\d` is a decimal digit (`\p{Nd}`): most words have none and skip
        // the regex.
        guard lower.unicodeScalars.contains(where: { $0.properties.generalCategory == .decimalNumber }) else {
            return Self.withoutCommas(lower)
        }
        let replaced = Self.numeric.stringByReplacingMatches(in: lower, range: NSRange(location: 0, length: lower.utf16.count), withTemplate: "##number##")
        return Self.withoutCommas(replaced)
    }

    /// neurosnap drops commas from a type unless the type is a single character.
    private static func withoutCommas(_ type: String) -> String {
        guard type.utf8.count > 1, type.utf8.contains(UInt8(ascii: ",")) else { return type }
        return type.replacingOccurrences(of: ",", with: "")
    }

    private func typeWithoutPeriod(_ token: Token) -> String {
        let value = type(token)
        return value.utf8.count > 1 && GoFormat.hasSuffix(value, ".") ? String(decoding: value.utf8.dropLast(), as: UTF8.self) : value
    }

    private func typeWithoutSentencePeriod(_ token: Token) -> String {
        token.sentenceBreak ? typeWithoutPeriod(token) : type(token)
    }

    private static func firstUpper(_ token: Token) -> Bool { token.text.unicodeScalars.first?.properties.isUppercase ?? false }
    private static func firstLower(_ token: Token) -> Bool { token.text.unicodeScalars.first?.properties.isLowercase ?? false }
    private static func hasPeriodFinal(_ token: Token) -> Bool { GoFormat.hasSuffix(token.text, ".") || GoFormat.hasSuffix(token.text, "。") }

    private static func isInitial(_ token: Token) -> Bool {
        let scalars = Array(token.text.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "." && scalars[0].isASCII && scalars[0].properties.isAlphabetic
    }

    private static func isEllipsis(_ token: Token) -> Bool { GoFormat.hasSuffix(token.text, "..") }

    /// twine's list of endings that close a sentence.
    private static func hasSentenceEnd(_ token: Token) -> Bool {
        let text = token.text
        // Every ending below holds one of these; most words hold none.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }) else {
            return false
        }
        let enders = [".\"", ".)", ".\u{2019}", ".\u{201D}", "?", "?\"", "?'", "?)", "?\u{2019}", "?\u{201D}", "!", "!\"", "!'", "!)", "!\u{2019}", "!\u{201D}"]
        if enders.contains(where: { GoFormat.hasSuffix(text, $0) }) && !GoFormat.contains(text, "Yahoo!") { return true }
        return [".[", ".(", ".\"", "?[", "?(", "![", "!("].contains { GoFormat.contains(text, $0) }
    }

    /// Punkt's orthographic heuristic: 1 if the token starts a sentence, 0 if not, -1 unknown.
    private func orthographicEvidence(_ token: Token) -> Int {
        if ";:,.!?；：，。！？".unicodeScalars.contains(where: { String($0) == token.text }) { return 0 }
        let context = ortho(typeWithoutSentencePeriod(token))
        if Self.firstUpper(token) && context & Self.orthoLower > 0 && context & Self.orthoMidUpper == 0 { return 1 }
        if Self.firstLower(token) && (context & Self.orthoUpper > 0 || context & Self.orthoBeginLower == 0) { return 0 }
        return -1
    }

    // MARK: Annotation passes

    private func annotateTypes(_ tokens: [Token]) {
        for token in tokens {
            if Self.hasSentenceEnd(token) {
                token.sentenceBreak = true
            } else if Self.hasPeriodFinal(token) && !Self.isEllipsis(token) {
                let withoutPeriod = String(token.text.dropLast()).lowercased()
                let lastPart = withoutPeriod.split(separator: "-", omittingEmptySubsequences: false).last.map(String.init) ?? withoutPeriod
                if abbreviations.contains(withoutPeriod) || abbreviations.contains(lastPart) {
                    token.abbreviation = true
                } else {
                    token.sentenceBreak = true
                }
            }
        }
    }

    private func annotatePairs(_ tokens: [Token]) {
        for (index, first) in tokens.enumerated() where index + 1 < tokens.count {
            let second = tokens[index + 1]
            guard Self.hasPeriodFinal(first) else { continue }
            let typeOne = typeWithoutPeriod(first)
            let nextType = typeWithoutSentencePeriod(second)
            let initial = Self.isInitial(first)
            if collocations.contains("\(typeOne),\(nextType)") {
                first.sentenceBreak = false
                first.abbreviation = true
                continue
            }
            if (first.abbreviation || Self.isEllipsis(first)) && !initial {
                if orthographicEvidence(second) == 1 {
                    first.sentenceBreak = true
                    continue
                }
                if Self.firstUpper(second) && starters.contains(nextType) {
                    first.sentenceBreak = true
                    continue
                }
            }
            if first.text == "." && second.text == "." {
                first.sentenceBreak = false
                second.sentenceBreak = false
                continue
            }
            if initial || typeOne == "##number##" {
                let evidence = orthographicEvidence(second)
                if evidence == 0 {
                    first.sentenceBreak = false
                    first.abbreviation = true
                    continue
                }
                if evidence == -1 && initial && Self.firstUpper(second) && ortho(nextType) & Self.orthoLower == 0 {
                    first.sentenceBreak = false
                    first.abbreviation = true
                }
            }
        }
    }

    private static let abbreviationShape = try! NSRegularExpression(pattern: #"(?:[0-9A-Za-z_]\.)+[0-9A-Za-z_]*\."#)
    private static let ellipsisShape = try! NSRegularExpression(pattern: #"(?:\.\s?){2,}\."#)

    private static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    /// twine's extra pass for abbreviations written with several periods ("e.g.", "U.S.") and
    /// for sentence ends inside quotes or parentheses.
    private func annotateMultiPunctuation(_ tokens: [Token]) {
        for (index, first) in tokens.enumerated() where index + 1 < tokens.count {
            let second = tokens[index + 1]
            if GoFormat.hasSuffix(first.text, ".") && second.text == "." {
                first.sentenceBreak = false
                second.sentenceBreak = false
                continue
            }
            var nextType: String?
            let nonBreak = GoFormat.hasSuffix(first.text, ".") && !first.sentenceBreak
            let ellipsis = Self.matches(Self.ellipsisShape, first.text)
            let closesInside = first.sentenceBreak && [")", "\u{2019}", "\u{201D}", "\"", "'"].contains { GoFormat.hasSuffix(first.text, $0) }
            if nonBreak || ellipsis || closesInside {
                let typed = typeWithoutSentencePeriod(second)
                nextType = typed
                let starter = starters.contains(typed)
                if ellipsis, Self.firstUpper(second) || starter {
                    first.sentenceBreak = true
                    continue
                }
                if closesInside, Self.firstLower(second) && !starter {
                    first.sentenceBreak = false
                    continue
                }
                if nonBreak && Self.firstUpper(second) && ortho(typed) & 112 != 0 {
                    first.sentenceBreak = true
                }
            }
            guard Self.matches(Self.abbreviationShape, first.text), !Self.isInitial(first) else { continue }
            first.abbreviation = true
            first.sentenceBreak = false
            if orthographicEvidence(second) == 1 {
                first.sentenceBreak = true
                continue
            }
            let typed = nextType ?? typeWithoutSentencePeriod(second)
            if Self.firstUpper(second) && starters.contains(typed) { first.sentenceBreak = true }
        }
    }
}
