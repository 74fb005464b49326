/// Renders alerts the way `vale --output=line` prints them.
///
/// Pure functions over values, so the CLI decides where the text goes.
public enum AlertFormatter {
    /// One alert as `file:line:column:Style.Rule:message`.
    public static func line(_ alert: Alert) -> String {
        "\(alert.file):\(alert.line):\(alert.column):\(alert.check):\(alert.message)"
    }

    /// Every alert in Vale's `--sort` order, one per line, each line ending in a newline.
    public static func lines(_ alerts: [Alert]) -> String {
        var text = ""
        for alert in alerts.sorted() {
            text += line(alert)
            text += "\n"
        }
        return text
    }
}
