import LaunchKitCore

/// `findings.csv`: every finding of the messages, one per row, where it is and how to fix it.
enum FindingsCSV {
    static let header = ["file", "line", "column", "severity", "rule", "message", "suggestion"]

    static func render(_ findings: some Collection<Diagnostic>) -> String {
        CSVWriter.render(header: header, rows: findings.map { finding in
            [
                finding.location?.file ?? "", finding.location?.line.map(String.init) ?? "", finding.location?.column.map(String.init) ?? "",
                finding.severity.rawValue, finding.rule ?? "", finding.message, finding.suggestion ?? "",
            ]
        })
    }
}
