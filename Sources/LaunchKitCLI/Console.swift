import Foundation

/// Where the command line writes, and whether it may use colour.
///
/// Diagnostics and progress go to stderr so stdout stays clean for `--json`; colour only when
/// stderr is a terminal, `NO_COLOR` is unset (no-color.org) and `TERM` is not `dumb`.
struct Console: Sendable {
    let stderrIsTerminal: Bool
    let useColor: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        stderrIsTerminal = isatty(STDERR_FILENO) == 1
        useColor = stderrIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    enum Style: String {
        case red = "31", yellow = "33", cyan = "36", green = "32", bold = "1", dim = "2"
    }

    func styled(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
