import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import ReadinessPacket

@Suite struct ChecklistTests {
    static let file = "checklist.yml"

    func decode(_ yaml: String) throws(DiagnosticError) -> Checklist {
        let root: Node?
        do {
            root = try YAMLDocument.load(Array(yaml.utf8), file: Self.file)
        } catch {
            throw DiagnosticError(error)
        }
        return try Checklist.decode(root, file: Self.file)
    }

    /// The headlines of the diagnostics a checklist gives, with their notes and suggestions.
    func problems(_ yaml: String) -> [String] {
        do {
            _ = try decode(yaml)
            return []
        } catch {
            return error.diagnostics.map { diagnostic in
                var text = DiagnosticFormatter.headline(diagnostic)
                if let suggestion = diagnostic.suggestion { text += " | \(suggestion)" }
                for note in diagnostic.notes { text += " | note: \(note.location.map { "\($0): " } ?? "")\(note.message)" }
                return text
            }
        }
    }

    @Test func readsEveryField() throws {
        let checklist = try decode("""
            items:
              - id: press-release
                title: Press release approved
                owner: Dana Whitfield (PR)
                due: 2026-11-24
                status: doing
                required-from: 2
                link: https://wiki.example/press
                note: "  Embargo until 09:00 ET  "
              - id: demo-tenant
                title: Demo tenant seeded
                owner: Raj Patel
                due: 2026-11-23
                status: n-a
            """)
        #expect(checklist.items == [
            ChecklistItem(id: "press-release", title: "Press release approved", owner: "Dana Whitfield (PR)", due: CalendarDate("2026-11-24")!,
                          status: .doing, requiredFrom: 2, link: "https://wiki.example/press", note: "Embargo until 09:00 ET",
                          location: SourceLocation(file: Self.file, line: 2, column: 5)),
            ChecklistItem(id: "demo-tenant", title: "Demo tenant seeded", owner: "Raj Patel", due: CalendarDate("2026-11-23")!, status: .notApplicable,
                          location: SourceLocation(file: Self.file, line: 10, column: 5)),
        ])
    }

    @Test func reportsEveryProblemOfTheFileAtOnce() {
        let marked = MarkedText("""
            items:
              - id: press-release
                title: Press release approved
                owner: Dana Whitfield
                due: 2026-11-24
                status: 1️⃣finished
              - id: analyst-briefing
                title: Analysts briefed
                owner: Dana Whitfield
                due: 2️⃣2026-11-31
                status: done
              - id: 3️⃣press-release
                title: Press release, again
                owner: Dana Whitfield
                due: 4️⃣Nov 24
                status: 5️⃣in progress
              - 6️⃣id: 7️⃣Sales Training
                title: Sales trained
                due: 2026-11-20
                status: todo
                required-from: 8️⃣4
                link: 9️⃣https://lms.example/sales training
            """)
        let file = Self.file
        #expect(problems(marked.text) == [
            "\(marked.location(1, in: file)): error: unknown status 'finished' for 'items[0].status' [readiness.checklist] | did you mean 'done'?",
            "\(marked.location(2, in: file)): error: 'items[1].due' is '2026-11-31', which is not a day of the calendar [readiness.checklist] | check the month and the day",
            "\(marked.location(3, in: file)): error: duplicate checklist item id 'press-release' [readiness.checklist] | give each item its own id | note: \(file):2:9: 'press-release' is first defined here",
            "\(marked.location(4, in: file)): error: expected a date written YYYY-MM-DD for 'items[2].due', found 'Nov 24' [readiness.checklist] | write the due date like 2026-11-24",
            "\(marked.location(5, in: file)): error: unknown status 'in progress' for 'items[2].status' [readiness.checklist] | did you mean 'doing'?",
            "\(marked.location(6, in: file)): error: missing required key 'owner' in 'items[3]' [readiness.checklist] | add 'owner: ...'",
            "\(marked.location(7, in: file)): error: checklist item id 'Sales Training' must use only lower-case letters, digits and '-' [readiness.checklist] | write 'sales-training'",
            "\(marked.location(8, in: file)): error: expected a launch tier (1, 2 or 3) for 'items[3].required-from', found '4' [readiness.checklist] | 1 requires the item for major launches only, 3 for every launch",
            "\(marked.location(9, in: file)): error: link 'https://lms.example/sales training' contains a space or an angle bracket [readiness.checklist] | write spaces as '%20'",
        ])
    }

    @Test func suggestsTheNearestStatusOrListsThem() {
        #expect(problems("items:\n  - {id: a, title: A, owner: O, due: 2026-11-01, status: dnoe}\n") == [
            "checklist.yml:2:58: error: unknown status 'dnoe' for 'items[0].status' [readiness.checklist] | did you mean 'done'?",
        ])
        #expect(problems("items:\n  - {id: a, title: A, owner: O, due: 2026-11-01, status: blocked}\n") == [
            "checklist.yml:2:58: error: unknown status 'blocked' for 'items[0].status' [readiness.checklist] | expected one of: todo, doing, done, n-a",
        ])
    }

    @Test func unknownKeysGetTheNearestKey() {
        #expect(problems("items:\n  - {id: a, title: A, owner: O, due: 2026-11-01, status: done, requried-from: 1}\n") == [
            "checklist.yml:2:64: error: unknown key 'requried-from' in 'items[0]' [yaml.schema] | did you mean 'required-from'?",
        ])
    }

    @Test func blankFieldsAndEmptyFilesAreErrors() {
        #expect(problems("items:\n  - {id: a, title: '  ', owner: O, due: 2026-11-01, status: done}\n") == [
            "checklist.yml:2:20: error: 'items[0].title' is empty [readiness.checklist] | write the item's title",
        ])
        #expect(problems("# nothing yet\n") == [
            "checklist.yml:1:1: error: the checklist is empty [readiness.checklist] | add 'items:' with one entry per launch task",
        ])
        #expect(problems("items: []\n") == [])
    }

    @Test func theExampleChecklistLoads() throws {
        let inputs = InputReader(root: PackagePaths.examples.appending(path: "CloudGuard"), workingDirectory: PackagePaths.root.path)
        let checklist = try Checklist.load(InputPath("checklist.yml"), from: inputs)
        #expect(checklist.items.count == 17)
        #expect(checklist.file == "Examples/CloudGuard/checklist.yml")
        let required = Set(RequiredItem.builtIn.map(\.id))
        #expect(required.isSubset(of: Set(checklist.items.map(\.id))))
    }

    @Test func anOpenItemIsOverdueOnlyWhenDueAfterTheRelease() {
        let release = CalendarDate("2026-12-01")!
        func item(_ due: String, _ status: ChecklistItem.Status) -> ChecklistItem {
            ChecklistItem(id: "x", title: "X", owner: "O", due: CalendarDate(due)!, status: status)
        }
        #expect(item("2026-12-02", .todo).isOverdue(releaseDate: release))
        #expect(item("2026-12-02", .doing).isOverdue(releaseDate: release))
        #expect(!item("2026-12-01", .todo).isOverdue(releaseDate: release))
        #expect(!item("2026-12-02", .done).isOverdue(releaseDate: release))
        #expect(!item("2026-12-02", .notApplicable).isOverdue(releaseDate: release))
    }
}
