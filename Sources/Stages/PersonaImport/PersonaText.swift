import Foundation

/// How persona text is tidied on the way in, the same for every format, so a persona read from
/// YAML and the same persona read back from `personas.csv` are equal.
enum PersonaText {
    /// A text field: line endings made `\n`, surrounding spaces and blank lines removed. Inner line
    /// breaks stay (notes may have paragraphs).
    static func scalar(_ text: String) -> String {
        normalizedLineEndings(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A list item: one line. Line breaks inside it (a folded YAML line, Alt+Enter in a
    /// spreadsheet) become single spaces, because every list renders one item per line.
    static func item(_ text: String) -> String {
        normalizedLineEndings(text)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Items with empty ones left out.
    static func items(_ texts: some Sequence<String>) -> [String] {
        texts.map(item).filter { !$0.isEmpty }
    }

    private static func normalizedLineEndings(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
                previousWasCR = false
            }
        }
        return String(scalars)
    }
}
