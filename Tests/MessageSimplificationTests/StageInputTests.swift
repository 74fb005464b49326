import Foundation
import LaunchKitCore
import LaunchKitTestSupport
import LaunchKitYAML
import Testing
@testable import MessageSimplification

/// Invalid messages, glossaries and options stop the build with every problem at once, each at
/// its `file:line:column` (where the `↓` marker stands) with a fix.
@Suite struct StageInputTests {
    static let options = "messages: messages.yml\nglossary: glossary.yml\n"
    static let glossary = "terms:\n  - term: CNAPP\n    plain: cloud security platform\n    personas: [ciso]\n"

    /// Runs the stage over files written from marked text; returns the problems it throws, as
    /// `location: message [rule] (suggestion)`, and where the markers were.
    func problems(
        files: [String: String], options: String = options, personas: [BuyerPersona] = StageRun.cloudGuardPersonas,
        channels: [ChannelPersona] = StageRun.cloudGuardChannels
    ) async throws -> (actual: [String], markers: [String]) {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        var markers: [String] = []
        for (name, marked) in files.sorted(by: { $0.key < $1.key }) {
            let source = MarkedSource(marked)
            try temp.write(name, source.text)
            markers += source.locations.map { "\(name):\($0)" }
        }
        let optionSource = MarkedSource(options)
        markers += optionSource.locations.map { "launchkit.yml:\($0)" }
        do {
            _ = try await StageRun.run(try StageRun.options(optionSource.text), in: temp.url, personas: personas, channels: channels)
            return ([], markers)
        } catch let error as DiagnosticError {
            return (error.diagnostics.map { "\($0.location?.description ?? "-"): \($0.message) [\($0.rule ?? "")]" + ($0.suggestion.map { " (\($0))" } ?? "") }, markers)
        }
    }

    func locations(_ problems: [String]) -> [String] {
        problems.map { String($0.prefix { $0 != " " }.dropLast()) }
    }

    @Test func unknownPersonaAndChannelWithTheNearestID() async throws {
        let result = try await problems(files: [
            "glossary.yml": Self.glossary,
            "messages.yml": """
                messages:
                  - id: one
                    personas: [ciso, ↓cfoo]
                    channel: ↓reseller
                    text: Fix the risks that matter.
                """,
        ])
        #expect(locations(result.actual) == result.markers)
        #expect(result.actual.map { $0.drop { $0 != " " } } == [
            " unknown buyer persona 'cfoo' [messages.unknown-persona] (did you mean 'cfo'?)",
            " unknown channel persona 'reseller' [messages.unknown-channel] (did you mean 'resellers'?)",
        ])
    }

    @Test func decodingErrorsNameTheKeyAndItsNearestSpelling() async throws {
        let result = try await problems(files: [
            "glossary.yml": Self.glossary,
            "messages.yml": """
                messages:
                  - id: one
                    text: Fix the risks that matter.
                    ↓benefits: Faster fixes.
                  - ↓id: two
                    feature: Pricing
                """,
        ])
        #expect(result.actual == [
            "\(result.markers[0]): unknown key 'benefits' in 'messages[0]' [yaml.schema] (did you mean 'benefit'?)",
            "\(result.markers[1]): missing required key 'text' in 'messages[1]' [yaml.schema] (add 'text: ...')",
        ])
    }

    @Test func contentErrorsOfAFileCollectTogether() async throws {
        let result = try await problems(files: [
            "glossary.yml": Self.glossary,
            "messages.yml": """
                messages:
                  - id: one
                    text: Fix the risks that matter.
                  - id: ↓one
                    text: See every account.
                  - id: two
                    text: ↓"  "
                """,
        ])
        #expect(result.actual == [
            "\(result.markers[0]): duplicate message id 'one' [messages.duplicate-id] (give one of them another id)",
            "\(result.markers[1]): message 'two' has no text [messages.empty-text]",
        ])
    }

    @Test func glossaryProblemsWithMessageProblems() async throws {
        let result = try await problems(files: [
            "glossary.yml": """
                terms:
                  - term: CNAPP
                    personas: [↓architect]
                  - term: ↓CNAPP
                  - term: shift left
                  - term: ↓Shift Left
                  - term: AWS
                    personas: all
                """,
            "messages.yml": "messages:\n  - id: one\n    personas: [↓cto]\n    text: Fix it.\n",
        ])
        #expect(locations(result.actual) == result.markers)
        #expect(result.actual.map { $0.drop { $0 != " " } } == [
            " unknown buyer persona 'architect' [glossary.unknown-persona] (known: ciso, cloud-architect, devops-lead, cfo)",
            " duplicate glossary term 'CNAPP' [glossary.duplicate-term] (merge the two entries)",
            " duplicate glossary term 'Shift Left' [glossary.duplicate-term] (merge the two entries)",
            " unknown buyer persona 'cto' [messages.unknown-persona] (did you mean 'cfo'?)",
        ])
    }

    @Test func optionErrorsPointIntoTheConfig() async throws {
        let files = ["glossary.yml": Self.glossary, "messages.yml": "- id: one\n  text: Fix it.\n"]
        let styles = try await problems(files: files, options: "messages: messages.yml\nstyles: [launchkit, ↓launchkt, ↓styles/Acme]\n")
        #expect(styles.actual == [
            "\(styles.markers[0]): no style folder at 'launchkt' [styles.missing] (did you mean 'launchkit', the built-in style?)",
            "\(styles.markers[1]): no style folder at 'styles/Acme' [styles.missing] (give the path of a Vale style folder (one .yml file per rule), or 'launchkit' for the built-in rules)",
        ])
        let rules = try await problems(files: files, options: "messages: messages.yml\nrules:\n  ↓launchkit.Hedgin: off\n  launchkit.Jargon: error\n")
        #expect(rules.actual == ["\(rules.markers[0]): unknown rule 'launchkit.Hedgin' [messages.unknown-rule] (did you mean 'launchkit.Hedging'?)"])
        let missing = try await problems(files: files, options: "messages: ↓mesages.yml\n")
        #expect(missing.actual == ["\(missing.markers[0]): cannot read 'mesages.yml': no such file [input.missing] (did you mean 'messages.yml'?)"])
    }

    @Test func optionsDecodeStrictlyWithLocations() throws {
        func error(_ yaml: String) -> String {
            do {
                _ = try StageRun.options(yaml)
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        #expect(error("messages: m.yml\nmax-sentence-words: 200\n")
            == "launchkit.yml:2:21: error: 'max-sentence-words': expected a word limit between 5 and 100, found 200")
        #expect(error("messages: m.yml\nmin-level: warnin\n").hasPrefix("launchkit.yml:2:12: error: unknown value 'warnin' for 'min-level'"))
        #expect(error("messages: m.yml\nmin-level: warnin\n").contains("did you mean 'warning'?"))
        #expect(error("messages: m.yml\nstyle: [x]\n").hasPrefix("launchkit.yml:2:1: error: unknown key 'style'"))
        #expect(error("messages: m.yml\nstyle: [x]\n").contains("did you mean 'styles'?"))
        #expect(error("glossary: g.yml\n").hasPrefix("launchkit.yml:1:1: error: missing required key 'messages'"))
        let options = try StageRun.options("messages: [a.yml, b.yml]\nstyles: launchkit\nmin-level: warning\nrules: { launchkit.PassiveVoice: off }\n")
        #expect(options.messages.map(\.path) == ["a.yml", "b.yml"])
        #expect(options.styles.map(\.path) == ["launchkit"])
        #expect(options.minLevel == .warning)
        #expect(options.rules.entries.map { "\($0.rule)=\($0.setting) at \($0.location!)" } == ["launchkit.PassiveVoice=off at launchkit.yml:4:10"])
        #expect(options.maxSentenceWords == 25)
    }

    @Test func theDescribedExampleRunsOnTheExampleKit() async throws {
        let entry = try #require(try YAMLDocument.load(Array(MessageSimplificationStage.description.example.utf8))?.sequence?.nodes.first?.mapping)
        #expect(entry["uses"]?.scalar?.string == MessageSimplificationStage.description.id)
        let options = try NodeDecoder(file: "example").decode(MessageSimplificationOptions.self, from: try #require(entry["with"]))
        let kit = try await StageRun.run(
            options, in: CloudGuardExampleTests.kit, personas: StageRun.cloudGuardPersonas, channels: StageRun.cloudGuardChannels)
        #expect(kit.messages.count == 15)
        #expect(!kit.findings.contains { $0.rule == "launchkit.PassiveVoice" })
        #expect(kit.findings.contains { $0.rule == "launchkit.Jargon" && $0.severity == .error })
    }

    @Test func everyOptionIsDocumented() {
        #expect(MessageSimplificationStage.description.options.map(\.name) == MessageSimplificationOptions.CodingKeys.allCases.map(\.stringValue))
        #expect(MessageSimplificationStage.description.options.filter(\.isRequired).map(\.name) == ["messages"])
    }
}
