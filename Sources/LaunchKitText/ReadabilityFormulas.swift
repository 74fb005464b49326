import Foundation

/// textstat 0.7.13's English readability formulas over `TextCounts`.
///
/// Each formula repeats textstat's arithmetic in textstat's order, so the doubles come out
/// bit-identical on the same platform, and its guards: where textstat returns 0.0 for an empty
/// text (or a zero ratio), so does this.
package enum ReadabilityFormulas {
    /// `flesch_reading_ease`: 0 when words per sentence or syllables per word is 0.
    package static func fleschReadingEase(_ counts: TextCounts) -> Double {
        let sentenceLength = counts.wordsPerSentence
        let syllables = counts.syllablesPerWord
        if sentenceLength == 0 || syllables == 0 { return 0 }
        return 206.835 - 1.015 * sentenceLength - 84.6 * syllables
    }

    /// `flesch_kincaid_grade`, with the same guard as reading ease.
    package static func fleschKincaidGrade(_ counts: TextCounts) -> Double {
        let sentenceLength = counts.wordsPerSentence
        let syllables = counts.syllablesPerWord
        if sentenceLength == 0 || syllables == 0 { return 0 }
        return 0.39 * sentenceLength + 11.8 * syllables - 15.59
    }

    /// `gunning_fog`: 0 without words.
    package static func gunningFog(_ counts: TextCounts) -> Double {
        guard counts.words > 0 else { return 0 }
        let percentComplex = Double(100 * counts.complexWords) / Double(counts.words)
        return 0.4 * (counts.wordsPerSentence + percentComplex)
    }

    /// `smog_index`: 0 without sentences — but 3.1291 for a text without polysyllables, even one
    /// of only spaces (a non-empty text always has a sentence).
    package static func smogIndex(_ counts: TextCounts) -> Double {
        guard counts.sentences > 0 else { return 0 }
        let perSentence = Double(counts.polysyllables) / Double(counts.sentences)
        return 1.043 * pow(30 * perSentence, 0.5) + 3.1291
    }

    /// `coleman_liau_index`: 0 when letters or sentences per 100 words is 0.
    package static func colemanLiauIndex(_ counts: TextCounts) -> Double {
        let letters = counts.lettersPerWord * 100
        let sentences = counts.sentencesPerWord * 100
        if letters == 0 || sentences == 0 { return 0 }
        return 0.058 * letters - 0.296 * sentences - 15.8
    }

    /// `automated_readability_index`: 0 when characters per token or words per sentence is 0.
    package static func automatedReadabilityIndex(_ counts: TextCounts) -> Double {
        let characters = counts.charactersPerWord
        let sentenceLength = counts.wordsPerSentence
        if characters == 0 || sentenceLength == 0 { return 0 }
        return 4.71 * characters + 0.5 * sentenceLength - 21.43
    }

    /// `dale_chall_readability_score`: 0 without words.
    package static func daleChall(_ counts: TextCounts) -> Double {
        guard counts.words > 0 else { return 0 }
        let percentDifficult = Double(100 * counts.unfamiliarWords) / Double(counts.words)
        var score = 0.1579 * percentDifficult + 0.0496 * counts.wordsPerSentence
        if percentDifficult > 5 { score += 3.6365 }
        return score
    }

    /// `lix`: 0 without words.
    package static func lix(_ counts: TextCounts) -> Double {
        guard counts.words > 0 else { return 0 }
        let percentLong = Double(100 * counts.longWords) / Double(counts.words)
        return counts.wordsPerSentence + percentLong
    }
}
