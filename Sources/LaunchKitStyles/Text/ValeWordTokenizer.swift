/// Vale's word tokenizer (`nlp.IterTokenizer`), used only to emulate how Vale locates an alert
/// whose text is not in the source (see ``AlertPositioning/vale``): whitespace-separated tokens
/// with leading `$ ( " [ '` and trailing `, ) " ] ! ; . ? : '` stripped, abbreviations and
/// emoticons kept whole, tokens without letters dropped.
enum ValeWordTokenizer {
    private static let prefixes = ["$", "(", "\"", "[", "'"]
    private static let suffixes = [",", ")", "\"", "]", "!", ";", ".", "?", ":", "'"]

    static func tokenize(_ text: String) -> [String] {
        var sanitized = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{201C}", "\u{201D}": sanitized += "\""
            case "\u{2018}", "\u{2019}": sanitized += "'"
            default: sanitized.unicodeScalars.append(scalar)
            }
        }
        sanitized = sanitized.replacingOccurrences(of: "&rsquo;", with: "'")
        var tokens: [String] = []
        for span in sanitized.split(whereSeparator: { $0.unicodeScalars.allSatisfy(GoFormat.isSpace) }) {
            tokens += split(String(span))
        }
        return tokens
    }

    private static func isSpecial(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        // ^(?:[A-Za-z]\.){2,}$ or ^[A-Z][a-z]{1,2}\.$
        if scalars.count >= 4, scalars.count % 2 == 0,
           stride(from: 0, to: scalars.count, by: 2).allSatisfy({ scalars[$0].isASCII && scalars[$0].properties.isAlphabetic && scalars[$0 + 1] == "." }) {
            return true
        }
        if (3...4).contains(scalars.count), ("A"..."Z").contains(scalars[0]), scalars.last == ".",
           scalars[1..<(scalars.count - 1)].allSatisfy({ ("a"..."z").contains($0) }) {
            return true
        }
        return false
    }

    private static func split(_ span: String) -> [String] {
        var tokens: [String] = []
        var token = span
        var last = 0
        func add(_ text: String) {
            if text.unicodeScalars.contains(where: { $0.properties.generalCategory.isLetter }) { tokens.append(text) }
        }
        while !token.isEmpty && token.unicodeScalars.count != last {
            if isSpecial(token) {
                add(token)
                break
            }
            last = token.unicodeScalars.count
            if prefixes.contains(where: { token.utf8.count > $0.utf8.count && token.hasPrefix($0) }) {
                token = String(token.utf8.dropFirst()) ?? token
            } else if suffixes.contains(where: { token.utf8.count > $0.utf8.count && token.hasSuffix($0) }) {
                token = String(token.utf8.dropLast()) ?? token
            } else {
                add(token)
            }
        }
        return tokens
    }
}
