import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import EnablementSheets

@Suite("competitors file")
struct CompetitorsFileTests {
    static let file = "competitors.yml"

    /// Decodes and checks a competitors file the way the stage does, without a file system.
    func load(_ yaml: String, existing: [Competitor] = []) throws -> [Competitor] {
        let decoded: CompetitorsFile
        do {
            decoded = try NodeDecoder(file: Self.file).decode(CompetitorsFile.self, fromYAML: Array(yaml.utf8))
        } catch {
            throw DiagnosticError(error)
        }
        return try decoded.competitors(file: Self.file, existing: existing)
    }

    /// The first lines of the diagnostics `load` throws, and the diagnostics themselves.
    func problems(_ yaml: String, existing: [Competitor] = []) -> (lines: [String], diagnostics: [Diagnostic]) {
        do {
            _ = try load(yaml, existing: existing)
            Issue.record("expected the file to be refused")
            return ([], [])
        } catch let error as DiagnosticError {
            return (error.diagnostics.map(DiagnosticFormatter.headline), error.diagnostics)
        } catch {
            Issue.record("unexpected error \(error)")
            return ([], [])
        }
    }

    @Test func readsEveryFieldInFileOrder() throws {
        let competitors = try load("""
            competitors:
              - id: skyline
                name: Skyline Security
                positioning: Agentless cloud security.
                strengths: [Fast setup]
                weaknesses: [Alert volume]
                why_we_win: [Ranked attack paths]
                landmines: [How many findings did you fix?]
                objections:
                  - objection: Skyline was live in an afternoon.
                    answer: So is CloudGuard.
                quick_dismissals: [Agentless? So are we.]
                pricing_notes: Per asset, 1,000 minimum.
              - name: Ironclad Cloud Suite
            """)
        #expect(competitors == [
            Competitor(
                id: "skyline", name: "Skyline Security", positioning: "Agentless cloud security.", strengths: ["Fast setup"],
                weaknesses: ["Alert volume"], whyWeWin: ["Ranked attack paths"], landmines: ["How many findings did you fix?"],
                objections: [Competitor.Objection(objection: "Skyline was live in an afternoon.", answer: "So is CloudGuard.")],
                quickDismissals: ["Agentless? So are we."], pricingNotes: "Per asset, 1,000 minimum.",
                source: SourceLocation(file: "competitors.yml", line: 2, column: 5)),
            // Without an id, the slug of the name.
            Competitor(id: "ironclad-cloud-suite", name: "Ironclad Cloud Suite", source: SourceLocation(file: "competitors.yml", line: 14, column: 5)),
        ])
    }

    @Test func aTopLevelListAndAnEmptyListAreAccepted() throws {
        #expect(try load("- name: Skyline\n").map(\.id) == ["skyline"])
        #expect(try load("competitors: []\n").isEmpty)
    }

    @Test func reportsEveryProblemOfTheFileAtOnceWhereItIs() {
        let marked = MarkedText("""
            competitors:
              - id: 1️⃣skyline
                name: Skyline Security
              - 2️⃣id: ironclad
                positioning: One platform.
              - id: 3️⃣skyline
                name: Skyline again
              - name: 4️⃣"  "
                objections:
                  - 5️⃣objection: It is free.
                  - objection: It is included.
                    answer: 6️⃣""
              - name: 7️⃣Skyline
            """)
        let (lines, diagnostics) = problems(marked.text)
        #expect(lines == [
            "\(marked.location(2, in: Self.file)): error: missing required key 'name' in 'competitors[1]' [competitors.missing-name]",
            "\(marked.location(3, in: Self.file)): error: duplicate competitor id 'skyline' [competitors.duplicate-id]",
            "\(marked.location(4, in: Self.file)): error: 'name' of 'competitors[3]' is empty [competitors.empty-value]",
            "\(marked.location(5, in: Self.file)): error: missing required key 'answer' in 'competitors[3].objections[0]' [competitors.missing-field]",
            "\(marked.location(6, in: Self.file)): error: 'answer' of 'competitors[3].objections[1]' is empty [competitors.empty-value]",
            "\(marked.location(7, in: Self.file)): error: duplicate competitor id 'skyline' (made from the name 'Skyline') [competitors.duplicate-id]",
        ])
        // A duplicate points at both: the error at the second, a note at the first.
        let first = marked.location(1, in: Self.file)
        #expect(diagnostics[1].notes.map { "\($0.location.map(String.init(describing:)) ?? ""): \($0.message)" } == ["\(first): 'skyline' is first defined here"])
        #expect(diagnostics[5].notes.first?.location.map(String.init(describing:)) == first)
        #expect(diagnostics[0].suggestion == "add 'name: ...': the name a rep says out loud")
    }

    @Test func unknownKeysSuggestTheNearestField() {
        let marked = MarkedText("""
            competitors:
              - name: Skyline
                1️⃣why_we_wins: [Ranked attack paths]
                objections:
                  - objection: Free?
                    answer: No.
                    2️⃣anwser: typo
            3️⃣competitor: []
            """)
        let (lines, diagnostics) = problems(marked.text)
        #expect(lines == [
            "\(marked.location(1, in: Self.file)): error: unknown key 'why_we_wins' in 'competitors[0]' [yaml.schema]",
            "\(marked.location(2, in: Self.file)): error: unknown key 'anwser' in 'competitors[0].objections[0]' [yaml.schema]",
            "\(marked.location(3, in: Self.file)): error: unknown key 'competitor' [yaml.schema]",
        ])
        #expect(diagnostics.map(\.suggestion) == ["did you mean 'why_we_win'?", "did you mean 'answer'?", "did you mean 'competitors'?"])
    }

    @Test func aListWrittenAsTextIsALocatedTypeError() {
        let marked = MarkedText("competitors:\n  - name: Skyline\n    strengths: 1️⃣Fast setup\n")
        #expect(problems(marked.text).lines == [
            "\(marked.location(1, in: Self.file)): error: expected a list for 'competitors[0].strengths', found 'Fast setup' [yaml.schema]",
        ])
    }

    @Test func anIDAlreadyInTheKitIsADuplicateNamingWhereItCameFrom() {
        let earlier = Competitor(id: "skyline", name: "Skyline", source: SourceLocation(file: "other.yml", line: 3, column: 5))
        let marked = MarkedText("- id: 1️⃣skyline\n  name: Skyline Security\n")
        let (lines, diagnostics) = problems(marked.text, existing: [earlier])
        #expect(lines == ["\(marked.location(1, in: Self.file)): error: duplicate competitor id 'skyline' [competitors.duplicate-id]"])
        #expect(diagnostics.first?.notes == [Diagnostic.Note("'skyline' is first defined here", at: earlier.source)])
    }
}
