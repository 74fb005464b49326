import Foundation

/// How external stages (`run:` entries) run in this invocation: decided by the command line, not
/// by the config.
public struct ExternalStageSettings: Sendable, Equatable {
    /// Whether external stages are started. `launchkit validate` sets this to false: it checks that
    /// each command exists and is executable, but never runs code from the kit.
    public var runs: Bool
    /// The environment a stage inherits, before its `env:` and the `LAUNCHKIT_*` variables.
    public var environment: [String: String]
    /// The timeout of a stage that sets no `timeout:`.
    public var defaultTimeout: Duration
    /// The most a stage may write on stdout; beyond it the stage is stopped and fails.
    public var maxOutputBytes: Int

    /// 60 seconds: long enough for a script that calls a web service, short enough that a hung
    /// stage does not hold a CI runner.
    public static let standardTimeout: Duration = .seconds(60)
    /// 50 MiB: five times a synthetic kit of 50,000 messages.
    public static let standardMaxOutputBytes = 50 << 20

    public init(
        runs: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment,
        defaultTimeout: Duration = standardTimeout, maxOutputBytes: Int = standardMaxOutputBytes
    ) {
        self.runs = runs
        self.environment = environment
        self.defaultTimeout = defaultTimeout
        self.maxOutputBytes = maxOutputBytes
    }
}
