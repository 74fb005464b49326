import BenchSupport
import LaunchKitText

/// LaunchKitText over whole documents: the readability row of the comparison.
enum ReadabilityWorkload {
    /// `lkbench readability FILE...`: one tab-separated line per file with the eight metrics in
    /// `peers/textstat_metrics.py`'s order, unrounded, so the harness can compare values with
    /// textstat's. Timed by the harness as a whole process, like textstat and GNU `style`.
    static func values(_ paths: [String]) throws -> String {
        guard !paths.isEmpty else { throw BenchError("no input file") }
        var out = ""
        for path in paths {
            let report = Readability.analyze(try FileBytes.string(path))
            let metrics = [
                report.fleschReadingEase, report.fleschKincaidGrade, report.gunningFog, report.smogIndex,
                report.colemanLiauIndex, report.automatedReadabilityIndex, report.daleChall, report.lix,
            ]
            out += ([path] + metrics.map { "\($0)" }).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// `lkbench readability-timed FILE... [-n N]`: the analysis alone, texts already in memory.
    static func timed(_ paths: [String], iterations: Int) throws -> BenchResult {
        guard !paths.isEmpty else { throw BenchError("no input file") }
        let texts = try paths.map { try FileBytes.string($0) }
        var stopwatch = Stopwatch()
        let words = stopwatch.measure(iterations: iterations) { () -> Int in
            texts.reduce(0) { $0 + Readability.analyze($1).words }
        }
        return BenchResult(tool: "launchkit", workload: "readability", bytes: texts.reduce(0) { $0 + $1.utf8.count },
                           stopwatch: stopwatch, checksum: words)
    }
}
