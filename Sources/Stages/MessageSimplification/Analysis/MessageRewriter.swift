/// The proposed simplified text of a message: the replacements its findings carry, applied
/// deterministically.
///
/// Only glossary wording, acronym expansions and substitution swaps carry replacements, so the
/// rewrite never says more than the writer or the glossary did: nothing is invented, nothing is
/// dropped (a hedge such as "up to 80%" is flagged but left alone, since removing it would make
/// the claim stronger than the writer made it).
///
/// Rules, in order:
/// 1. Replacements are taken in text order; one that overlaps an earlier one is skipped.
/// 2. A replacement at the start of a sentence, for words written with a capital, starts with a
///    capital ("CNAPP covers…" → "Cloud security platform covers…"); elsewhere it is written as
///    the glossary or the rule writes it.
/// 3. An "a" or "an" right before a replacement is changed to fit it ("an SBOM" → "a software
///    bill of materials (SBOM)").
enum MessageRewriter {
    /// - Parameters:
    ///   - text: the message text.
    ///   - edits: replacements by Unicode scalar offsets in `text`, in any order.
    /// - Returns: the rewritten text, or nil when it would not differ from `text`.
    static func rewrite(_ text: String, applying edits: [TextEdit]) -> String? {
        rewrite(ScalarText(text), applying: edits)
    }

    /// The rewrite of a text already split into scalars (the analyzer splits each message once).
    static func rewrite(_ source: ScalarText, applying edits: [TextEdit]) -> String? {
        guard !edits.isEmpty else { return nil }
        var accepted: [TextEdit] = []
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }) {
            guard edit.range.upperBound <= source.count, accepted.last.map({ $0.range.upperBound <= edit.range.lowerBound }) ?? true else { continue }
            accepted.append(capitalized(edit, in: source))
        }
        var withArticles: [TextEdit] = []
        for edit in accepted {
            if let article = articleEdit(before: edit, in: source),
               (withArticles.last.map { $0.range.upperBound <= article.range.lowerBound } ?? true) {
                withArticles.append(article)
            }
            withArticles.append(edit)
        }
        // Written as UTF-8 and made a string once, so the rewrite (kept for the whole run) is
        // allocated at its size.
        var utf8: [UInt8] = []
        var copied = 0
        for edit in withArticles {
            source.appendUTF8(of: copied..<edit.range.lowerBound, to: &utf8)
            utf8 += edit.replacement.utf8
            copied = edit.range.upperBound
        }
        source.appendUTF8(of: copied..<source.count, to: &utf8)
        let rewritten = String(decoding: utf8, as: UTF8.self)
        return rewritten == source.string ? nil : rewritten
    }

    private static func capitalized(_ edit: TextEdit, in source: ScalarText) -> TextEdit {
        guard let original = source.scalars[safe: edit.range.lowerBound], original.properties.isUppercase,
              source.startsSentence(at: edit.range.lowerBound),
              let first = edit.replacement.unicodeScalars.first, first.properties.isLowercase else { return edit }
        var edit = edit
        edit.replacement = first.properties.uppercaseMapping + String(edit.replacement.unicodeScalars.dropFirst())
        return edit
    }

    /// The change to "a"/"an" right before `edit` that its replacement needs, if any.
    private static func articleEdit(before edit: TextEdit, in source: ScalarText) -> TextEdit? {
        var end = edit.range.lowerBound
        guard end > 0, source.scalars[end - 1] == " " else { return nil }
        end -= 1
        var start = end
        while start > 0, ScalarText.isWordScalar(source.scalars[start - 1]) { start -= 1 }
        let written = source[start..<end]
        guard written.lowercased() == "a" || written.lowercased() == "an" else { return nil }
        let wanted = IndefiniteArticle.forPhrase(edit.replacement)
        guard wanted != written.lowercased() else { return nil }
        let replacement = written.first!.isUppercase ? wanted.prefix(1).uppercased() + wanted.dropFirst() : wanted
        return TextEdit(range: start..<end, replacement: replacement)
    }
}
