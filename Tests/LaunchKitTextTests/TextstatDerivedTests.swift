import Foundation
import LaunchKitText
import Testing

/// The derived values of `textstat-derived-en.json`: textstat 0.7.13's public API on the English
/// test texts and on a raw Markdown fixture, rounded to 6 digits. Finer-grained than the upstream
/// assertions (every count under every metric, on more texts), so a drift shows where it starts.
@Suite struct TextstatDerivedTests {
    /// Public functions of textstat whose derived values LaunchKitText does not reproduce.
    static let notImplemented: Set<String> = ["linsear_write_formula", "rix", "text_standard", "reading_time"]

    @Test func everyDerivedValueAgrees() throws {
        let derived = try TextstatFixtures.derived()
        let texts = try TextstatFixtures.expected().texts.merging(derived.extra_texts) { first, _ in first }
        var compared = 0
        for (name, values) in derived.values.sorted(by: { $0.key < $1.key }) {
            let text = try #require(texts[name], "no text named \(name)")
            let counts = TextCounts.of(text)
            let report = Readability.analyze(text)
            let uniqueDifficult = Set(WordList.difficultWords(in: text, syllableThreshold: 2)).count
            let actual: [String: Double] = [
                "lexicon_count": Double(report.words),
                "sentence_count": Double(report.sentences),
                "syllable_count": Double(report.syllables),
                "char_count": Double(report.characters),
                "letter_count": Double(report.letters),
                "polysyllabcount": Double(report.polysyllables),
                "monosyllabcount": Double(counts.monosyllables),
                "difficult_words": Double(uniqueDifficult),
                "flesch_reading_ease": report.fleschReadingEase,
                "flesch_kincaid_grade": report.fleschKincaidGrade,
                "gunning_fog": report.gunningFog,
                "smog_index": report.smogIndex,
                "coleman_liau_index": report.colemanLiauIndex,
                "automated_readability_index": report.automatedReadabilityIndex,
                "dale_chall_readability_score": report.daleChall,
                "lix": report.lix,
                "avg_sentence_length": counts.wordsPerSentence,
                "avg_syllables_per_word": counts.syllablesPerWord,
            ]
            for (function, value) in values where !Self.notImplemented.contains(function) {
                let mine = try #require(actual[function], "\(function) is neither compared nor listed as left out")
                let expected = try #require(value.number, "\(name).\(function) is not a number")
                #expect(TextstatFixtures.pythonRound(mine, 6) == expected, "\(name).\(function): \(mine) vs \(expected)")
                compared += 1
            }
        }
        #expect(compared == 10 * 18)
    }
}
