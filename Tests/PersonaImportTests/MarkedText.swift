/// Test input with position markers, after swift-format's `MarkedText`: `1️⃣` … `9️⃣` are removed
/// from the text and remembered as the 1-based line and column where the next character sits, so
/// a test says where a diagnostic must land without counting columns by hand.
struct MarkedText {
    static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    let text: String
    private let positions: [Int: (line: Int, column: Int)]

    init(_ marked: String) {
        var text = ""
        var positions: [Int: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        var previousWasCR = false
        for character in marked {
            if let index = Self.markers.firstIndex(of: character) {
                positions[index + 1] = (line, column)
                continue
            }
            text.append(character)
            // Count lines as the YAML and CSV readers do: CRLF, LF and a lone CR end a line;
            // columns count Unicode scalars.
            for scalar in character.unicodeScalars {
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
            }
        }
        self.text = text
        self.positions = positions
    }

    /// `file:line:column` of marker `number`, as diagnostics print it.
    func location(_ number: Int, in file: String) -> String {
        guard let position = positions[number] else { return "\(file): no marker \(number)" }
        return "\(file):\(position.line):\(position.column)"
    }
}
