extension ReadabilityReport {
    /// The report for counts made by `TextScanner`: the counts it shows and every formula.
    package init(_ counts: TextCounts) {
        self.init(
            sentences: counts.sentences, words: counts.words, syllables: counts.syllables,
            letters: counts.letters, characters: counts.characters,
            polysyllables: counts.polysyllables, difficultWords: counts.unfamiliarWords,
            longWords: counts.longWords,
            fleschReadingEase: ReadabilityFormulas.fleschReadingEase(counts),
            fleschKincaidGrade: ReadabilityFormulas.fleschKincaidGrade(counts),
            gunningFog: ReadabilityFormulas.gunningFog(counts),
            smogIndex: ReadabilityFormulas.smogIndex(counts),
            colemanLiauIndex: ReadabilityFormulas.colemanLiauIndex(counts),
            automatedReadabilityIndex: ReadabilityFormulas.automatedReadabilityIndex(counts),
            daleChall: ReadabilityFormulas.daleChall(counts),
            lix: ReadabilityFormulas.lix(counts)
        )
    }
}
