import Foundation
import LaunchKitCore

/// The one line per kit that ends a build, plus the failing checks when the gate fails:
///
///     CloudGuard 2.0: ready, score 86/100 — wrote dist/CloudGuard-2.0 (18 files); 0 errors, 4 warnings, 11 suggestions
struct BuildSummary {
    /// Enough to see what blocks a launch in a CI log; the packet's checklist has the rest.
    static let failingChecksShown = 10

    let console: Console
    let quiet: Bool

    func print(_ result: KitBuild.Result) {
        switch result.status {
        case .invalidInput:
            console.error("\(result.configPath): " + console.styled("invalid input", .red) + " (\(count(result.problems.count, "error"))); nothing was written")
            return
        case .stageFailed:
            console.error("\(result.configPath): " + console.styled("a stage failed", .red) + "; nothing was written")
            return
        case .ready, .notReady:
            break
        }
        guard let kit = result.kit else { return }
        let counts = kit.findingCounts()
        var verdict = result.status == .ready ? console.styled("ready", .green) : console.styled("not ready", .red)
        if let gate = kit.gate {
            verdict += ", score \(Self.format(gate.score))/100"
            if let threshold = gate.threshold { verdict += " (gate \(Self.format(threshold)))" }
        }
        let findings = "\(count(counts[.error] ?? 0, "error")), \(count(counts[.warning] ?? 0, "warning")), \(count(counts[.suggestion] ?? 0, "suggestion"))"
        let written = result.filesWritten.isEmpty ? "" : " — wrote \(result.outputDisplay ?? "") (\(count(result.filesWritten.count, "file")))"
        if !quiet || result.status != .ready {
            console.error("\(kit.release.title): \(verdict)\(written); \(findings)")
        }
        if result.status == .notReady {
            // Blocking checks first: they alone fail the gate whatever the score.
            let failing = kit.checks.filter { !$0.passed }.sorted { $0.blocking && !$1.blocking }
            for check in failing.prefix(Self.failingChecksShown) {
                console.error("  failing: \(check.title)" + (check.detail.map { " — \($0)" } ?? ""))
            }
            if failing.count > Self.failingChecksShown {
                console.error("  … and \(failing.count - Self.failingChecksShown) more failing checks in \(result.outputDisplay.map { "\($0)/checklist.md" } ?? "checklist.md")")
            }
            if (counts[.error] ?? 0) > 0 {
                console.error("  failing: \(count(counts[.error] ?? 0, "finding")) at error level")
            }
        }
    }

    private func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    static func format(_ score: Double) -> String {
        score == score.rounded() ? String(Int(score)) : String(format: "%.1f", score)
    }
}
