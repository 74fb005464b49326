/// Progress of a run, for the command line to show one line per stage.
public enum PipelineEvent: Sendable {
    case stageStarted(id: String, index: Int, count: Int)
    /// - Parameter summary: what the stage added ("6 personas, 2 files").
    case stageFinished(id: String, index: Int, count: Int, duration: Duration, summary: String)
    /// A line a running stage reported through ``StageContext/log(_:)``: an external stage's
    /// stderr, or an entry of its `log`.
    case stageLog(id: String, line: String)
}
