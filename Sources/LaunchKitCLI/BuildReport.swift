import LaunchKitCore

/// What `launchkit build --json` prints for each kit: where the packet went, the exit status and
/// the readiness verdict, for tools that drive LaunchKit.
struct BuildReport: Encodable {
    struct Counts: Encodable {
        var error = 0
        var warning = 0
        var suggestion = 0
    }

    struct Check: Encodable {
        var id: String
        var title: String
        var passed: Bool
        var weight: Double
        var blocking: Bool
        var detail: String?
    }

    var config: String
    var output: String?
    var exitCode: Int32
    var status: String
    var files: [String]
    var findings: Counts
    var gate: ReadinessGate?
    var checks: [Check]
    var problems: [Diagnostic]

    init(_ result: KitBuild.Result) {
        config = result.configPath
        output = result.status == .invalidInput || result.status == .stageFailed ? nil : result.outputDisplay
        exitCode = result.status.rawValue
        status = switch result.status {
        case .ready: "ready"
        case .notReady: "not-ready"
        case .invalidInput: "invalid-input"
        case .stageFailed: "stage-failed"
        }
        files = result.filesWritten
        var counts = Counts()
        for finding in result.kit?.findings ?? [] {
            switch finding.severity {
            case .error: counts.error += 1
            case .warning: counts.warning += 1
            case .suggestion: counts.suggestion += 1
            }
        }
        findings = counts
        gate = result.kit?.gate
        checks = (result.kit?.checks ?? []).map { Check(id: $0.id, title: $0.title, passed: $0.passed, weight: $0.weight, blocking: $0.blocking, detail: $0.detail) }
        problems = result.problems.map { $0.relocated(to: result.kitDirectory) }
    }

    enum CodingKeys: String, CodingKey {
        case config, output, status, files, findings, gate, checks, problems
        case exitCode = "exit_code"
    }
}
