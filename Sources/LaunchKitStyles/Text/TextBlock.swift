import Foundation

/// A run of prose to lint, as Vale builds it from a file: the text a rule sees (markup removed,
/// code masked with `*`), its scope (`text.heading.h2.md`, `text.list.md`, `raw.md`, ...), and
/// where each UTF-16 unit of that text came from in the source, so an alert points at the
/// original file without searching for its text again.
final class TextBlock: @unchecked Sendable {
    let text: String
    let ns: NSString
    /// For each UTF-16 unit of `text`, its UTF-16 offset in the source; one extra entry for the end.
    let sourceOffsets: [Int32]
    let scope: BlockScope

    init(text: String, sourceOffsets: [Int32], scope: BlockScope) {
        self.text = text
        self.ns = NSString(string: text)
        self.sourceOffsets = sourceOffsets
        self.scope = scope
        assert(sourceOffsets.count == ns.length + 1, "a source offset per UTF-16 unit plus the end")
    }

    /// A block whose text is a slice of the source itself (`raw` scope, plain text).
    convenience init(source: SourceText, scope: BlockScope) {
        let count = source.utf16.count
        var offsets = [Int32]()
        offsets.reserveCapacity(count + 1)
        for offset in 0...count { offsets.append(Int32(offset)) }
        self.init(text: source.text, sourceOffsets: offsets, scope: scope)
    }

    var length: Int { ns.length }

    var whole: BlockSlice { BlockSlice(block: self, range: NSRange(location: 0, length: ns.length), scope: scope) }

    func slice(_ range: NSRange, scope: BlockScope) -> BlockSlice {
        BlockSlice(block: self, range: range, scope: scope)
    }
}

/// Part of a block (a sentence, a paragraph) or all of it, with the scope rules select it by.
struct BlockSlice {
    let block: TextBlock
    let range: NSRange
    let scope: BlockScope

    var text: String { block.ns.substring(with: range) }

    func substring(_ range: NSRange) -> String { block.ns.substring(with: range) }
}
