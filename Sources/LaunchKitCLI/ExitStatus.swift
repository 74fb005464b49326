import ArgumentParser

/// The exit codes CI can rely on, documented in the README and in `launchkit --help`.
enum ExitStatus: Int32, Comparable {
    /// Ready: the gate passed and no finding is an error.
    case ready = 0
    /// The readiness gate failed or a finding is an error.
    case notReady = 1
    /// Invalid input or usage: nothing was written.
    case invalidInput = 2
    /// A stage failed (a crash, a hung or failing external command): nothing was written.
    case stageFailed = 3

    var exitCode: ExitCode { ExitCode(rawValue) }

    static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }

    static let help = """
        EXIT CODES:
          0  ready: the gate passed and no finding is an error
          1  not ready: the readiness gate failed or a finding is an error
          2  invalid input or usage; nothing was written
          3  a stage failed; nothing was written
        """
}
