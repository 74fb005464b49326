/// Test input with position markers, after swift-format's `MarkedText`: `1️⃣` … `9️⃣` are removed
/// from the text and remembered as the 1-based line and column of the character that follows, so
/// a test says where a diagnostic must land without counting columns by hand.
///
/// Lines are counted as the YAML and CSV readers count them (LF, CRLF and a lone CR end a line) and
/// columns in Unicode scalars, as libyaml and the template scanner do.
public struct MarkedText: Sendable {
    public let text: String
    private let marks: [Int: Position]

    struct Position: Sendable {
        var line: Int
        var column: Int
    }

    public init(_ marked: String) {
        var text = ""
        var marks: [Int: Position] = [:]
        var line = 1
        var column = 1
        var previousWasCR = false
        var scalars = Array(marked.unicodeScalars)[...]
        while let scalar = scalars.first {
            // A keycap marker is three scalars: a digit, U+FE0F, U+20E3.
            if ("1"..."9").contains(scalar), scalars.count >= 3,
               scalars[scalars.startIndex + 1] == "\u{FE0F}", scalars[scalars.startIndex + 2] == "\u{20E3}" {
                marks[Int(scalar.value - 48)] = Position(line: line, column: column)
                scalars = scalars.dropFirst(3)
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousWasCR = scalar == "\r"
            scalars = scalars.dropFirst()
        }
        self.text = text
        self.marks = marks
    }

    /// `file:line:column` of marker `number`, as diagnostics print it.
    public func location(_ number: Int, in file: String) -> String {
        guard let mark = marks[number] else { return "\(file): no marker \(number)" }
        return "\(file):\(mark.line):\(mark.column)"
    }

    /// Line and column of marker `number`, or nil when the text has no such marker.
    public func position(_ number: Int) -> (line: Int, column: Int)? {
        marks[number].map { ($0.line, $0.column) }
    }
}
