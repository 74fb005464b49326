/// A file's text as Unicode scalars with where each line starts, built once per file so that
/// mapping many scalars costs no more than reading the file.
struct SourceLines: Sendable {
    let scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar; line 1 starts at 0.
    let lineStarts: [Int]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        var starts = [0]
        var offset = 0
        while offset < scalars.count {
            if let length = Self.breakLength(scalars, at: offset) {
                offset += length
                starts.append(offset)
            } else {
                offset += 1
            }
        }
        lineStarts = starts
    }

    /// The length of the line break at `offset` (2 for CR LF), or nil when there is none. Line
    /// breaks are libyaml's: LF, CR, CR LF, NEL, LS and PS.
    static func breakLength(_ scalars: [Unicode.Scalar], at offset: Int) -> Int? {
        switch scalars[offset] {
        case "\r": offset + 1 < scalars.count && scalars[offset + 1] == "\n" ? 2 : 1
        case "\n", "\u{85}", "\u{2028}", "\u{2029}": 1
        default: nil
        }
    }
}
