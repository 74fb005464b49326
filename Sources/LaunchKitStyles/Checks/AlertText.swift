import Foundation

/// Vale's `makeAlert`: the message for a match, and the fix its action proposes.
struct AlertText: Sendable {
    let message: String
    let action: RuleAction?

    /// The replacements the action proposes for `match` (Vale's `FixAlert`); nil without an
    /// action or for actions that need a dictionary or script (`suggest`).
    func fixes(for match: String) -> [String]? {
        guard let action else { return nil }
        switch action.name {
        case "replace":
            return action.params
        case "remove":
            return [""]
        case "convert":
            guard action.params.first == "simple" else { return [match] }
            return [Self.simpleCase(match)]
        case "edit":
            return Self.edit(match, action.params).map { [$0] }
        default:
            return nil
        }
    }

    /// A finding for `match` with the message filled in with the match and, when the rule has
    /// an action, its replacement (Vale passes both; most messages use only the first).
    func finding(range: NSRange?, match: String) -> Finding {
        if action != nil {
            let fixed = fixes(for: match) ?? []
            let replacement = fixed.count == 1 ? fixed[0] : (fixed.isEmpty ? match : GoFormat.toSentence(fixed, "or"))
            return Finding(range: range, match: match, message: GoFormat.message(message, [match, replacement]), suggestion: fixed.first)
        }
        return Finding(range: range, match: match, message: GoFormat.message(message, [match]), suggestion: nil)
    }

    /// Vale's `edit` action: regex replace, trims, truncate or split of the matched text.
    static func edit(_ match: String, _ params: [String]) -> String? {
        guard let name = params.first else { return nil }
        var result = match
        switch name {
        case "regex":
            guard params.count == 3, let translated = try? ValeRegexTranslator.translate(params[1]),
                  let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else { return nil }
            result = regex.stringByReplacingMatches(in: match, range: NSRange(location: 0, length: match.utf16.count),
                                                    withTemplate: ReplacementTemplate.icu(params[2]))
        case "trim_right":
            guard params.count == 2 else { return nil }
            let set = Set(params[1].unicodeScalars)
            result = String(String.UnicodeScalarView(match.unicodeScalars.reversed().drop { set.contains($0) }.reversed()))
        case "trim_left":
            guard params.count == 2 else { return nil }
            let set = Set(params[1].unicodeScalars)
            result = String(String.UnicodeScalarView(match.unicodeScalars.drop { set.contains($0) }))
        case "trim":
            guard params.count == 2 else { return nil }
            let set = Set(params[1].unicodeScalars)
            let left = match.unicodeScalars.drop { set.contains($0) }
            result = String(String.UnicodeScalarView(left.reversed().drop { set.contains($0) }.reversed()))
        case "truncate":
            guard params.count == 2 else { return nil }
            result = params[1].isEmpty ? match : (match.components(separatedBy: params[1]).first ?? match)
        case "split":
            guard params.count == 3, let index = Int(params[2]) else { return nil }
            let parts = match.components(separatedBy: params[1])
            guard index < parts.count else { return nil }
            result = parts[index]
        default:
            break
        }
        return GoFormat.trimSpace(result)
    }

    /// twine's `strcase.Simple`: words split at case changes and punctuation, lower-cased.
    static func simpleCase(_ text: String) -> String {
        var out = ""
        var old: Unicode.Scalar = " "
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let alpha = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            let boundary = offset > 1 && old.properties.isLowercase && scalar.properties.isUppercase
            if boundary || !alpha || (GoFormat.isSpace(scalar) && scalar != " ") { out += " " }
            if alpha || scalar == " " { out += String(scalar).lowercased() }
            old = scalar
        }
        return GoFormat.trimSpace(out).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

/// Replacement strings: Vale uses .NET syntax (`$1`, `${name}`, `$$`); ICU templates use `$1`
/// and treat a backslash as an escape.
enum ReplacementTemplate {
    static func icu(_ template: String) -> String {
        var result = ""
        var scalars = Array(template.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\":
                result += "\\\\"
            case "$":
                if scalars.first == "$" {
                    scalars.removeFirst()
                    result += "\\$"
                } else if let next = scalars.first, ("0"..."9").contains(next) || next == "{" {
                    result += "$"
                } else {
                    result += "\\$"
                }
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
