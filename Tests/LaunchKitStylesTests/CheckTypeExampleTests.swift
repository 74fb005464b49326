import LaunchKitStyles
import Testing

/// Runs every example of ``CheckTypeExamples``: alerts land exactly at the markers of
/// triggering text, and nowhere in non-triggering text.
@Suite struct CheckTypeExampleTests {
    @Test(arguments: CheckTypeExamples.all)
    func triggers(_ example: RuleExample) throws {
        for (index, marked) in example.triggering.enumerated() {
            let text = MarkedText(marked)
            let alerts = try example.lint(text.text)
            let positions = alerts.map { MarkedText.Position(line: $0.line, column: $0.column) }.sorted()
            #expect(positions == text.positions.sorted(), "\(example.name) example \(index): \(alerts.map(AlertFormatter.line))")
            if index == 0, let message = example.message {
                #expect(alerts.first?.message == message)
            }
            if index == 0, let suggestion = example.suggestion {
                #expect(alerts.first?.suggestion == suggestion)
            }
            #expect(alerts.allSatisfy { $0.check == "Test.\(example.name)" })
        }
    }

    @Test(arguments: CheckTypeExamples.all)
    func doesNotTrigger(_ example: RuleExample) throws {
        for text in example.nonTriggering {
            let alerts = try example.lint(text)
            #expect(alerts.isEmpty, "\(example.name) should not trigger on \(text.debugDescription): \(alerts.map(AlertFormatter.line))")
        }
    }
}
