/// How textstat's regular expressions see one Unicode scalar.
///
/// textstat tokenises with Python's `re` on `str`, where `\w` and `\s` are Unicode-aware and work
/// on code points, not on grapheme clusters: a combining accent is punctuation to it, and
/// U+001C–U+001F are spaces. Counting the way textstat counts means classifying scalars exactly as
/// Python does; Swift's own `Character` properties would differ.
///
/// Checked over all 1,112,064 scalars against Python 3.11 (Unicode 14): the only differences are
/// 14,049 code points that Unicode assigned after version 14 (letters of new scripts), which are
/// word characters here and punctuation to that Python. A newer Python agrees on more of them.
enum ScalarKind: UInt8, Sendable {
    /// Python's `str.isspace()`, which is also what `\s` and `str.split()` use.
    case space
    /// Python's `\w`: a letter (Lu, Ll, Lt, Lm, Lo), anything with a numeric value, or `_`.
    case word
    /// The ASCII apostrophe, the only quote textstat keeps (inside contractions).
    case apostrophe
    /// `.`, `!` or `?`: the characters that end a sentence in textstat's `\b[^.!?]+[.!?]*`.
    case terminator
    /// Every other scalar: punctuation that textstat deletes before it splits words.
    case other

    /// The kind of any scalar; ASCII is answered from a table.
    @inline(__always)
    static func of(_ value: UInt32) -> ScalarKind {
        if value < 0x80 {
            return ScalarKind(rawValue: asciiKinds[Int(value)]).unsafelyUnwrapped
        }
        return ofNonASCII(value)
    }

    static func ofNonASCII(_ value: UInt32) -> ScalarKind {
        if isPythonSpace(value) { return .space }
        guard let scalar = Unicode.Scalar(value) else { return .other }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .word
        default:
            return properties.numericType == nil ? .other : .word
        }
    }

    /// The non-ASCII scalars Python's `str.isspace()` accepts: bidirectional class WS, B or S, or
    /// category Zs. Swift's `isWhitespace` differs (it has no U+001C–U+001F), hence the list.
    @inline(__always)
    static func isPythonSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Raw values of the ASCII kinds, indexed by code point.
    static let asciiKinds: [UInt8] = (0..<128).map { (value: Int) -> UInt8 in
        switch value {
        case 0x09...0x0D, 0x1C...0x20: ScalarKind.space.rawValue
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: ScalarKind.word.rawValue
        case 0x27: ScalarKind.apostrophe.rawValue
        case 0x2E, 0x21, 0x3F: ScalarKind.terminator.rawValue
        default: ScalarKind.other.rawValue
        }
    }
}
