import Foundation
import LaunchKitCore

/// `messages.csv`: one row per message with its scores, finding counts and rewrite, for a
/// spreadsheet or a dashboard.
enum MessagesCSV {
    static let header = [
        "id", "feature", "personas", "channel", "status", "grade", "target_grade", "reading_ease", "gunning_fog", "smog",
        "coleman_liau", "ari", "dale_chall", "lix", "words", "sentences", "errors", "warnings", "suggestions",
        "text", "rewrite", "rewrite_grade", "benefit", "proof",
    ]

    static func render(_ reports: [MessageReport]) -> String {
        CSVWriter.render(header: header, rows: reports.map(row))
    }

    private static func row(_ report: MessageReport) -> [String] {
        let message = report.message
        let scores = message.scores
        return [
            message.id, message.feature ?? "", message.personas.joined(separator: "; "), message.channel ?? "", report.status.rawValue,
            number(scores?.fleschKincaidGrade), number(report.audience.targetGrade?.grade), number(scores?.fleschReadingEase),
            number(scores?.gunningFog), number(scores?.smogIndex), number(scores?.colemanLiauIndex),
            number(scores?.automatedReadabilityIndex), number(scores?.daleChall), number(scores?.lix),
            scores.map { String($0.words) } ?? "", scores.map { String($0.sentences) } ?? "",
            String(report.count(.error)), String(report.count(.warning)), String(report.count(.suggestion)),
            message.text, message.rewrite ?? "", number(message.rewriteScores?.fleschKincaidGrade),
            message.benefit ?? "", message.proof ?? "",
        ]
    }

    /// Two decimals, like textstat's rounded output; empty when unknown.
    static func number(_ value: Double?) -> String {
        value.map { FixedDecimals.string($0, decimals: 2) } ?? ""
    }
}
