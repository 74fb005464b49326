/// Text with `↓` markers, after swift-format's `MarkedText`: the text without them, and the
/// 1-based line and column (in Unicode scalars) each marker stood at.
struct MarkedSource {
    var text: String
    var positions: [(line: Int, column: Int)]

    init(_ marked: String, marker: Unicode.Scalar = "↓") {
        var text = String.UnicodeScalarView()
        var positions: [(Int, Int)] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == marker {
                positions.append((line, column))
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

    /// `line:column` of every marker, for readable comparisons.
    var locations: [String] { positions.map { "\($0.line):\($0.column)" } }
}
