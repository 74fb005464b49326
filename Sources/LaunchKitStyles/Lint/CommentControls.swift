/// Vale's in-text switches, read from HTML comments: `<!-- vale off -->` and `<!-- vale on -->`
/// for every rule, `<!-- vale Style.Rule = NO -->` and `= YES` for one.
struct CommentControls {
    private var allOff = false
    private var disabled: [String: Bool] = [:]

    mutating func apply(_ comment: String) {
        switch comment {
        case "vale off":
            allOff = true
        case "vale on":
            allOff = false
        default:
            guard comment.hasPrefix("vale "), comment.hasSuffix(" = YES") || comment.hasSuffix(" = NO") else { return }
            let body = comment.dropFirst("vale ".count)
            let isNo = body.hasSuffix(" = NO")
            let name = String(body.dropLast(isNo ? " = NO".count : " = YES".count))
            guard name.contains("."), !name.hasPrefix("."), !name.hasSuffix(".") else { return }
            disabled[name] = isNo
        }
    }

    /// Whether `check` is switched off at this point of the file.
    func isDisabled(_ check: String) -> Bool {
        if !allOff, let status = disabled[check] { return status }
        return allOff
    }

    /// Vale re-enables single rules (not `vale off`) before its document-level checks.
    mutating func resetRules() {
        for key in disabled.keys { disabled[key] = false }
    }
}
