import Foundation
import LaunchKitText
import Testing

/// Edge cases, each checked against textstat 0.7.13 when written.
@Suite struct ReadabilityEdgeCaseTests {
    @Test func emptyTextIsZeroEverywhere() {
        let report = Readability.analyze("")
        #expect(report == ReadabilityReport(
            sentences: 0, words: 0, syllables: 0, letters: 0, characters: 0, polysyllables: 0,
            difficultWords: 0, longWords: 0, fleschReadingEase: 0, fleschKincaidGrade: 0, gunningFog: 0,
            smogIndex: 0, colemanLiauIndex: 0, automatedReadabilityIndex: 0, daleChall: 0, lix: 0))
    }

    @Test func whiteSpaceIsOneSentenceWithoutWords() {
        // textstat: any non-empty text has a sentence, and SMOG's constant survives zero words.
        let report = Readability.analyze("  \n\t ")
        #expect(report.sentences == 1)
        #expect(report.words == 0)
        #expect(report.smogIndex == 3.1291)
        #expect(report.fleschReadingEase == 0)
        #expect(report.daleChall == 0)
    }

    @Test func oneWord() {
        let report = Readability.analyze("Hello")
        #expect((report.sentences, report.words, report.syllables, report.letters) == (1, 1, 2, 5))
        #expect(abs(report.fleschReadingEase - 36.62) < 1e-9)
        #expect(abs(report.fleschKincaidGrade - 8.4) < 1e-9)
        #expect(abs(report.daleChall - 0.0496) < 1e-12)  // "hello" is an easy word
    }

    @Test func numbersAreWordsAndDecimalPointsEndSentences() {
        let report = Readability.analyze("In 2024 we shipped 3.5x faster builds.")
        // "3.5x" is one word ("35x") but two sentences, as textstat sees it.
        #expect((report.words, report.sentences, report.letters, report.characters) == (7, 2, 30, 32))
        #expect(report.difficultWords == 5)
    }

    @Test func hyphenatedWordsAreOneWord() {
        let report = Readability.analyze("Our state-of-the-art platform is well-known.")
        #expect((report.words, report.syllables, report.longWords, report.polysyllables) == (5, 11, 3, 1))
        #expect(report.characters == 40)  // hyphens and the period are characters, not letters
        #expect(report.letters == 35)
    }

    @Test func apostrophes() {
        // Kept before t, s, d, ve, ll, re ("Don't", "it's"); removed elsewhere ("o'clock",
        // "dogs'", and "'Tis", whose T is upper case). "'Tis true." has two words: not a sentence.
        let text = "Don't panic: it's 5 o'clock and the dogs' bowls are full. 'Tis true."
        let report = Readability.analyze(text)
        #expect((report.words, report.sentences, report.syllables, report.letters) == (13, 1, 14, 48))
        #expect(report.difficultWords == 6)
        // A typographic apostrophe is punctuation: "don’t" is the word "dont".
        #expect(Readability.analyze("We don’t ship on Fridays.").words == 5)
    }

    @Test func unicodeIsCountedByScalarAsPythonDoes() {
        // Precomposed é is a letter; a combining accent is not a word character (Python's \w).
        #expect(Readability.analyze("café").letters == 4)
        let decomposed = Readability.analyze("cafe\u{301}")
        #expect((decomposed.letters, decomposed.characters, decomposed.syllables) == (4, 5, 2))
        // CJK letters are word characters; an emoji is a character but never a word.
        #expect(Readability.analyze("你好世界").words == 1)
        let rocket = Readability.analyze("Launch 🚀 now")
        #expect((rocket.words, rocket.characters) == (2, 10))
        // Python's str.split() also splits at U+001F and no-break space.
        #expect(Readability.analyze("a\u{1F}b").words == 2)
        #expect(Readability.analyze("a\u{A0}b").words == 2)
        // İ lower-cases to i + U+0307, as in Python.
        let istanbul = Readability.analyze("İstanbul")
        #expect((istanbul.letters, istanbul.syllables, istanbul.longWords) == (8, 3, 1))
    }

    @Test func dottedCapitalIIsCountedTwoWaysAsInTextstat() {
        // Lower-cased, İ is i + U+0307. textstat counts syllables with the U+0307 in place (Pyphen
        // sees an unknown letter), but its difficult-word check removes it first and finds
        // "international" in the dictionary. Both views are reproduced, to the last digit.
        let report = Readability.analyze("İNTERNATİONAL relations are İMPORTANT for İT. İnternational.")
        #expect((report.words, report.syllables, report.polysyllables, report.difficultWords) == (7, 18, 4, 5))
        #expect(report.gunningFog == 25.65714285714286)
        #expect(report.smogIndex == 14.554592549557764)
    }

    @Test func sentencesOfTwoWordsOrFewerAreNotCounted() {
        let report = Readability.analyze("Thanks! We shipped it. See the notes, e.g. the changelog, for more.")
        #expect(report.sentences == 3)
        #expect(report.words == 12)
    }

    @Test func veryLongInput() {
        let sentence = "Our cloud security platform stops breaches before they start. "
        let report = Readability.analyze(String(repeating: sentence, count: 20_000))
        let one = Readability.analyze(sentence)
        #expect(report.words == 20_000 * one.words)
        #expect(report.sentences == 20_000)
        #expect(report.syllables == 20_000 * one.syllables)
        #expect(abs(report.fleschReadingEase - one.fleschReadingEase) < 1e-9)

        // One 200,000-letter token: a single, very long word.
        let token = Readability.analyze(String(repeating: "abc", count: 66_667) + ".")
        #expect((token.words, token.longWords, token.sentences) == (1, 1, 1))
    }

    @Test func reportRoundTripsThroughCodable() throws {
        let report = Readability.analyze("Our cloud security platform stops breaches before they start.")
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(ReadabilityReport.self, from: data) == report)
    }
}
