import Foundation

/// A run of prose to lint, as Vale builds it from a file: the text a rule sees (markup removed,
/// code masked with `*`), its scope (`text.heading.h2.md`, `text.list.md`, `raw.md`, ...), and
/// where each UTF-16 unit of that text came from in the source, so an alert points at the
/// original file without searching for its text again.
///
/// The text is kept as UTF-16 units; the `String` and `NSString` forms regexes need are built
/// only when a rule actually runs one, which the literal pre-scan makes rare.
final class TextBlock: @unchecked Sendable {
    let units: [UInt16]
    /// For each UTF-16 unit of the text, its UTF-16 offset in the source; one extra entry for the end.
    let sourceOffsets: [Int32]
    let scope: BlockScope

    init(units: [UInt16], sourceOffsets: [Int32], scope: BlockScope) {
        self.units = units
        self.sourceOffsets = sourceOffsets
        self.scope = scope
        assert(sourceOffsets.count == units.count + 1, "a source offset per UTF-16 unit plus the end")
    }

    /// A block whose text is the source itself (`raw` scope, plain text).
    convenience init(source: SourceText, scope: BlockScope) {
        let count = source.utf16.count
        self.init(units: source.utf16, sourceOffsets: (0...count).map { Int32($0) }, scope: scope)
    }

    private(set) lazy var text: String = String(utf16Units: units[...])
    private(set) lazy var ns: NSString = units.withUnsafeBufferPointer { NSString(characters: $0.baseAddress!, length: $0.count) }

    var length: Int { units.count }

    var whole: BlockSlice { BlockSlice(block: self, range: NSRange(location: 0, length: units.count), scope: scope) }

    func slice(_ range: NSRange, scope: BlockScope) -> BlockSlice {
        BlockSlice(block: self, range: range, scope: scope)
    }

    func substring(_ range: NSRange) -> String {
        String(utf16Units: units[range.location..<range.location + range.length])
    }
}

/// Part of a block (a sentence, a paragraph) or all of it, with the scope rules select it by.
struct BlockSlice {
    let block: TextBlock
    let range: NSRange
    let scope: BlockScope

    var text: String { block.substring(range) }

    func substring(_ range: NSRange) -> String { block.substring(range) }
}

extension String {
    /// A string from UTF-16 units, transcoded to UTF-8 directly: `String(decoding:as:)` takes a
    /// slow path for UTF-16, and building blocks' strings is on the linter's hot path.
    init(utf16Units units: ArraySlice<UInt16>) {
        self = String(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var written = 0
            var index = units.startIndex
            let end = units.endIndex
            while index < end {
                var value = UInt32(units[index])
                index += 1
                if value >= 0xD800 && value < 0xDC00, index < end, units[index] >= 0xDC00, units[index] < 0xE000 {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(units[index]) - 0xDC00)
                    index += 1
                } else if value >= 0xD800 && value < 0xE000 {
                    value = 0xFFFD
                }
                if value < 0x80 {
                    buffer[written] = UInt8(value)
                    written += 1
                } else if value < 0x800 {
                    buffer[written] = UInt8(0xC0 | (value >> 6))
                    buffer[written + 1] = UInt8(0x80 | (value & 0x3F))
                    written += 2
                } else if value < 0x10000 {
                    buffer[written] = UInt8(0xE0 | (value >> 12))
                    buffer[written + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[written + 2] = UInt8(0x80 | (value & 0x3F))
                    written += 3
                } else {
                    buffer[written] = UInt8(0xF0 | (value >> 18))
                    buffer[written + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[written + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[written + 3] = UInt8(0x80 | (value & 0x3F))
                    written += 4
                }
            }
            return written
        }
    }
}
