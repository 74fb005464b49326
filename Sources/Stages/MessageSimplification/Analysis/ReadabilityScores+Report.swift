import LaunchKitCore
import LaunchKitText

extension ReadabilityScores {
    /// The kit's scores from the text engine's report.
    init(_ report: ReadabilityReport) {
        self.init(
            words: report.words, sentences: report.sentences, fleschReadingEase: report.fleschReadingEase,
            fleschKincaidGrade: report.fleschKincaidGrade, gunningFog: report.gunningFog, smogIndex: report.smogIndex,
            colemanLiauIndex: report.colemanLiauIndex, automatedReadabilityIndex: report.automatedReadabilityIndex,
            daleChall: report.daleChall, lix: report.lix)
    }

    /// The scores of a text, or nil when it has no words to score.
    static func of(_ text: String) -> ReadabilityScores? {
        let report = Readability.analyze(text)
        return report.words == 0 ? nil : ReadabilityScores(report)
    }
}
