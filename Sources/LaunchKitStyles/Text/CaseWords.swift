import Foundation

/// Word helpers shared by the title and sentence casers.
enum CaseWords {
    /// Every match of `regex` in `text`.
    static func find(_ regex: RegexBox, in text: String) -> [String] {
        let ns = text as NSString
        return regex.value.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    /// twine's `ToTitle`: the first letter in title case; the rest lower-cased when `strict`.
    static func title(_ word: String, strict: Bool) -> String {
        guard let first = word.unicodeScalars.first else { return word }
        let rest = String(word.unicodeScalars.dropFirst())
        return String(first).capitalized + (strict ? rest.lowercased() : rest)
    }

    /// Go's `strings.Title`: a capital after every non-letter, non-digit, non-underscore.
    static func goTitle(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let separator: Bool
            if previous.isASCII {
                separator = !(previous.properties.isAlphabetic || ("0"..."9").contains(previous) || previous == "_")
            } else {
                separator = previous.properties.isWhitespace
            }
            result += separator ? String(scalar).capitalized : String(scalar)
            previous = scalar
        }
        return result
    }
}
