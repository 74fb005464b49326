/// The JSON protocol between LaunchKit and an external stage (`run:`), documented for stage
/// authors in `docs/external-stages.md`.
///
/// A stage reads one JSON document on stdin (``ExternalStageInput``) and answers with one JSON
/// object on stdout (``ExternalStageOutput``), then exits 0. The version goes up only when a change
/// would break an existing stage: new optional fields in either direction keep version 1.
public enum ExternalStageProtocol {
    /// The version this build speaks, sent as `protocol` and as `LAUNCHKIT_PROTOCOL`.
    public static let version = 1
}
