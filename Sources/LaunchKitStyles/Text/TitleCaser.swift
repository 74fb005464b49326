/// Converts text to title case for Vale's capitalization check (twine's `strcase.TitleConverter`),
/// in AP style (the default) or Chicago style: every word capitalized except small words
/// (articles, short conjunctions and prepositions; Chicago adds longer prepositions) that are not
/// first or last and follow a space, hyphen or slash.
///
/// twine consults a part-of-speech tagger for one AP case ("to" before a noun); LaunchKit has no
/// tagger and always treats "to" as a small word.
struct TitleCaser: Sendable {
    enum Style: String, Sendable {
        case ap = "AP"
        case chicago = "Chicago"
    }

    let style: Style
    let vocabulary: CaseVocabulary
    let prefix: String?

    init(style: Style, vocabulary: [String], prefix: String?) {
        self.style = style
        self.vocabulary = CaseVocabulary(vocabulary)
        self.prefix = prefix
    }

    static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the", "to", "vs",
        "vs.", "via", "v", "v.",
    ]
    static let prepositions: Set<String> = [
        "with", "from", "into", "during", "including", "until", "against", "among", "throughout", "despite", "towards", "upon",
        "concerning", "about", "over", "through", "before", "between", "after", "since", "without", "under", "within", "along",
        "following", "across", "beyond", "around", "down", "near", "above",
    ]

    private func isSmall(_ word: String, bounding: Bool) -> Bool {
        if bounding { return false }
        switch style {
        case .ap: return Self.smallWords.contains(word)
        case .chicago: return Self.smallWords.contains(word) || Self.prepositions.contains(word)
        }
    }

    func convert(_ input: String) -> String {
        var text = input
        var lead = ""
        if let prefix, let range = text.range(of: prefix, options: .regularExpression), range.lowerBound == text.startIndex {
            lead = String(text[range])
            text = String(text[range.upperBound...])
        }
        // twine searches a sanitised copy by byte offsets while advancing by rune counts; the
        // same arithmetic is kept so results agree on text with typographic punctuation.
        let sanitized = Array(Self.sanitize(text).utf8)
        let end = sanitized.count
        func charAt(_ index: Int) -> UInt8 {
            index >= 0 && index < sanitized.count ? sanitized[index] : (sanitized.first ?? 0)
        }
        var index = 0
        var result = ""
        var cursor = text.startIndex
        for range in Self.wordRanges(in: text) {
            result += text[cursor..<range.lowerBound]
            cursor = range.upperBound
            let word = String(text[range])
            let lower = word.lowercased()
            let wordBytes = Array(word.utf8)
            let position = Self.index(of: wordBytes, in: sanitized, from: index).map { $0 + index } ?? (index - 1)
            let previous = charAt(position - 1)
            let length = word.unicodeScalars.count
            index = position + length
            if let entry = vocabulary.entry(for: word) {
                result += entry
            } else if isSmall(lower, bounding: position == 0 || index == end),
                      previous == 32 || previous == 45 || previous == 47,
                      charAt(position - 2) != 58, charAt(position - 2) != 45,
                      charAt(position + length) != 45 || charAt(position - 1) == 45 {
                result += lower
            } else {
                result += CaseWords.title(word, strict: false)
            }
        }
        result += text[cursor...]
        return lead + result
    }

    private static func index(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard start >= 0, start <= haystack.count, !needle.isEmpty, needle.count <= haystack.count - start else { return nil }
        var offset = start
        while offset + needle.count <= haystack.count {
            if haystack[offset] == needle[0], Array(haystack[offset..<offset + needle.count]) == needle { return offset - start }
            offset += 1
        }
        return nil
    }

    /// Words as twine splits them: letters or digits, then anything up to a space, hyphen or slash.
    static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let scalars = text.unicodeScalars
        var position = scalars.startIndex
        func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.generalCategory.isLetter || scalar.properties.numericType != nil
        }
        while position < scalars.endIndex {
            guard isWordStart(scalars[position]) else {
                position = scalars.index(after: position)
                continue
            }
            let start = position
            while position < scalars.endIndex, isWordStart(scalars[position]) { position = scalars.index(after: position) }
            while position < scalars.endIndex, !GoFormat.isSpace(scalars[position]), scalars[position] != "-", scalars[position] != "/" {
                position = scalars.index(after: position)
            }
            ranges.append(start..<position)
        }
        return ranges
    }

    static func sanitize(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{201C}", "\u{201D}": result += "\""
            case "\u{2018}", "\u{2019}": result += "'"
            case "\u{2013}", "\u{2014}": result += "-"
            case "\u{2026}": result += "..."
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
