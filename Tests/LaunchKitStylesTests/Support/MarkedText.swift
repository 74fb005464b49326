/// Text with `↓` markers where alerts must land, as SwiftLint writes rule examples: the markers
/// are removed and their lines and columns (1-based, columns in Unicode scalars, as alerts
/// count them) become the expected positions.
struct MarkedText {
    static let marker: Unicode.Scalar = "↓"

    let text: String
    let positions: [Position]

    struct Position: Hashable, Comparable, CustomStringConvertible {
        var line: Int
        var column: Int

        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
        var description: String { "\(line):\(column)" }
    }

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var positions: [Position] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == Self.marker {
                positions.append(Position(line: line, column: column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.positions = positions
    }
}
