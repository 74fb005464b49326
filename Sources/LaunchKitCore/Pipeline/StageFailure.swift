/// A stage that failed for a reason other than invalid input: a bug, a crashed or hung external
/// command, malformed output. The command line exits 3 and names the stage.
public struct StageFailure: Error, Sendable, CustomStringConvertible {
    public var stageID: String
    public var message: String
    /// Where the stage's entry is written in the config.
    public var location: SourceLocation?

    public init(stageID: String, message: String, location: SourceLocation? = nil) {
        self.stageID = stageID
        self.message = message
        self.location = location
    }

    public var description: String {
        (location.map { "\($0): " } ?? "") + "error: stage '\(stageID)' failed: \(message)"
    }
}
