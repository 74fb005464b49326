import Foundation

/// CommonMark's seven kinds of HTML block: how each starts and (for kinds 1–5) ends.
enum HTMLBlockPatterns {
    private static let blockTags = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[123456]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul"
    private static let attribute = #"(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"#

    private static let openers: [NSRegularExpression] = [
        #"^<(?:script|pre|textarea|style)(?:\s|>|$)"#,
        "^<!--",
        #"^<[?]"#,
        "^<![A-Za-z]",
        #"^<!\[CDATA\["#,
        "^</?(?:\(blockTags))(?:\\s|/?>|$)",
        "^(?:<[A-Za-z][A-Za-z0-9-]*\(attribute)*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$",
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    private static let closers: [NSRegularExpression] = [
        "</(?:script|pre|textarea|style)>",
        "-->",
        #"\?>"#,
        ">",
        #"\]\]>"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    static func opens(_ type: Int, _ line: String) -> Bool {
        openers[type - 1].firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) != nil
    }

    static func closes(_ type: Int, _ line: String) -> Bool {
        closers[type - 1].firstMatch(in: line, range: NSRange(location: 0, length: line.utf16.count)) != nil
    }
}
