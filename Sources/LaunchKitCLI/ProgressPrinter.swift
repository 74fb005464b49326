import LaunchKitCore

/// One line per finished stage on a terminal: `[2/4] message-simplification  24 messages, 31 findings  (18 ms)`.
struct ProgressPrinter: Sendable {
    let console: Console

    func handle(_ event: PipelineEvent) {
        guard case .stageFinished(let id, let index, let count, let duration, let summary) = event else { return }
        let milliseconds = Int((Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15).rounded())
        let step = console.styled("[\(index + 1)/\(count)]", .dim)
        console.error("\(step) \(id)  \(summary)  \(console.styled("(\(milliseconds) ms)", .dim))")
    }
}
