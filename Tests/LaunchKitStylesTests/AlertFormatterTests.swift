import LaunchKitStyles
import Testing

/// Vale's `--output=line --sort` form.
@Suite struct AlertFormatterTests {
    @Test func linesAreSortedByFileLineAndColumn() {
        let alerts = [
            Alert(file: "b.md", line: 1, column: 1, check: "S.R", message: "m", severity: .error),
            Alert(file: "a.md", line: 2, column: 3, check: "S.R", message: "second", severity: .warning),
            Alert(file: "a.md", line: 2, column: 1, check: "S.Q", message: "first", severity: .suggestion),
            Alert(file: "a.md", line: 10, column: 1, check: "S.R", message: "third", severity: .warning),
        ]
        #expect(AlertFormatter.lines(alerts) == """
            a.md:2:1:S.Q:first
            a.md:2:3:S.R:second
            a.md:10:1:S.R:third
            b.md:1:1:S.R:m

            """)
    }

    @Test func severitiesAreOrdered() {
        #expect(Alert.Severity.suggestion < .warning && Alert.Severity.warning < .error)
    }
}
