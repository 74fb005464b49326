/// Template text with `1️⃣`, `2️⃣`… where errors must point (swift-format's `MarkedText`): the markers
/// are removed and their 1-based line and column (in Unicode scalars, as `TemplateError` counts)
/// kept, so tests never count columns by hand.
struct MarkedText {
    let text: String
    private(set) var marks: [String: (line: Int, column: Int)] = [:]

    init(_ marked: String) {
        var text = ""
        var line = 1
        var column = 1
        var scalars = Array(marked.unicodeScalars)[...]
        while let scalar = scalars.first {
            // A keycap marker: digit, U+FE0F, U+20E3.
            if ("0"..."9").contains(scalar), scalars.count >= 3,
                scalars[scalars.startIndex + 1] == "\u{FE0F}", scalars[scalars.startIndex + 2] == "\u{20E3}"
            {
                marks[String(scalar)] = (line, column)
                scalars = scalars.dropFirst(3)
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            scalars = scalars.dropFirst()
        }
        self.text = text
    }

    /// `file:line:column` of marker `n`.
    func location(_ n: Int, in file: String) -> String {
        guard let mark = marks[String(n)] else { return "\(file):?:?" }
        return "\(file):\(mark.line):\(mark.column)"
    }
}
