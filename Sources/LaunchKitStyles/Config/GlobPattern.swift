import Foundation

/// The glob syntax of Vale's config section names (`[*.md]`, `[*.{md,txt}]`, `[!docs/*.md]`):
/// `*` and `?` match any characters (a `*` crosses `/`, except in `**` patterns, where `*` stays
/// inside one path segment and `**` spans segments), `[abc]`, `[!a-z]`, `{a,b}` alternatives, and
/// a leading `!` negates the whole pattern.
struct GlobPattern: Sendable {
    let pattern: String
    let negated: Bool
    private let regex: RegexBox?

    init(_ pattern: String) {
        var text = pattern
        var negated = false
        while text.hasPrefix("!") {
            text.removeFirst()
            negated = true
        }
        self.pattern = text
        self.negated = negated
        let expression = Self.regex(for: text)
        regex = (try? NSRegularExpression(pattern: expression)).map(RegexBox.init)
    }

    func matches(_ path: String) -> Bool {
        guard let regex else { return false }
        let found = regex.value.firstMatch(in: path, range: NSRange(location: 0, length: path.utf16.count)) != nil
        return found != negated
    }

    private static func regex(for glob: String) -> String {
        let segmented = glob.contains("**")
        var result = "^"
        var characters = Array(glob)[...]
        var braceDepth = 0
        while let character = characters.popFirst() {
            switch character {
            case "*":
                if characters.first == "*" {
                    characters.removeFirst()
                    if characters.first == "/" {
                        characters.removeFirst()
                        result += "(?:.*/)?"
                    } else {
                        result += ".*"
                    }
                } else {
                    result += segmented ? "[^/]*" : ".*"
                }
            case "?":
                result += segmented ? "[^/]" : "."
            case "[":
                var body = ""
                if characters.first == "!" || characters.first == "^" {
                    characters.removeFirst()
                    body += "^"
                }
                while let next = characters.popFirst(), next != "]" {
                    body += next == "\\" || next == "[" ? "\\\(next)" : String(next)
                }
                result += "[\(body)]"
            case "{":
                braceDepth += 1
                result += "(?:"
            case "}" where braceDepth > 0:
                braceDepth -= 1
                result += ")"
            case "," where braceDepth > 0:
                result += "|"
            case "\\":
                if let next = characters.popFirst() { result += NSRegularExpression.escapedPattern(for: String(next)) }
            default:
                result += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return result + "$"
    }
}
