import LaunchKitCore

/// What the command line shows while a kit builds, on stderr:
///
/// - with `progress`, one line per finished stage: `[2/4] message-simplification  24 messages, 31 findings  (18 ms)`;
/// - with `logs`, every line a stage reports (an external stage's stderr), prefixed with its id:
///   `legal-review: 2 claims need approval`. Several kits building at once add their config path.
struct ProgressPrinter: Sendable {
    let console: Console
    var progress = true
    var logs = true
    /// Set when several kits build at once, so a line says which kit it belongs to.
    var kit: String?

    func handle(_ event: PipelineEvent) {
        switch event {
        case .stageFinished(let id, let index, let count, let duration, let summary) where progress:
            let milliseconds = Int((Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15).rounded())
            let step = console.styled("[\(index + 1)/\(count)]", .dim)
            console.error("\(step) \(id)  \(summary)  \(console.styled("(\(milliseconds) ms)", .dim))")
        case .stageLog(let id, let line) where logs:
            let source = (kit.map { "\($0): " } ?? "") + id + ":"
            console.error("\(console.styled(source, .dim)) \(line)")
        default:
            break
        }
    }
}
