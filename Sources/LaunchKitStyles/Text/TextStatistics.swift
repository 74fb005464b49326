import Foundation

/// Counts readability formulas need, computed as Vale computes them for metric rules (twine's
/// `summarize.Document`): paragraphs split at blank lines, sentences by ``SentenceSegmenter``,
/// words by the pattern `(?:[A-Z]\.){2,}|[\p{N}\p{L}']+`.
struct TextStatistics: Sendable {
    var paragraphs = 0.0
    var sentences = 0.0
    var words = 0.0
    var characters = 0.0
    var syllables = 0.0
    var longWords = 0.0
    var polysyllabicWords = 0.0
    var complexWords = 0.0

    private static let wordPattern = try! NSRegularExpression(pattern: #"(?:[A-Z]\.){2,}|[\p{N}\p{L}']+"#)

    init(_ text: String) {
        for paragraph in text.components(separatedBy: "\n\n") {
            for sentence in SentenceSegmenter.sentences(in: paragraph) {
                sentences += 1
                let ns = sentence as NSString
                for match in Self.wordPattern.matches(in: sentence, range: NSRange(location: 0, length: ns.length)) {
                    let word = GoFormat.trimSpace(ns.substring(with: match.range))
                    if word.isEmpty { continue }
                    characters += Double(word.unicodeScalars.filter { $0.properties.generalCategory.isLetter || $0.properties.numericType != nil }.count)
                    if word.utf8.count > 6 { longWords += 1 }
                    let count = Syllables.count(word)
                    syllables += Double(count)
                    if count > 2 { polysyllabicWords += 1 }
                    let adjusted = ["es", "ed", "ing"].contains(where: word.hasSuffix) ? count - 1 : count
                    if adjusted > 2 { complexWords += 1 }
                    words += 1
                }
            }
            paragraphs += 1
        }
    }

    var fleschKincaid: Double { 0.39 * words / sentences + 11.8 * syllables / words - 15.59 }
    var fleschReadingEase: Double { 206.835 - 1.015 * words / sentences - 84.6 * syllables / words }
    var gunningFog: Double { 0.4 * (words / sentences + 100.0 * (complexWords / words)) }
    var lix: Double { words / sentences + (longWords * 100) / words }
    var smog: Double { 1.0430 * (polysyllabicWords * 30.0 / sentences).squareRoot() + 3.1291 }
    var automatedReadability: Double { 4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43 }
    var colemanLiau: Double { 0.0588 * (characters / words) * 100 - 0.296 * (sentences / words) * 100 - 15.8 }

    /// The variables metric formulas read, under Vale's names.
    var variables: [String: Double] {
        [
            "complex_words": complexWords, "long_words": longWords, "paragraphs": paragraphs - 1, "sentences": sentences,
            "characters": characters, "words": words, "polysyllabic_words": polysyllabicWords, "syllables": syllables,
        ]
    }
}
