import LaunchKitTestSupport
import LaunchKitCore
import LaunchKitYAML
import Testing
@testable import PersonaImport

/// The `with:` options: shapes that read naturally in YAML, and located errors for the rest.
@Suite struct OptionsTests {
    /// Decoding errors as the pipeline prints them.
    func errors(_ marked: MarkedText) -> [String] {
        do {
            _ = try PersonaKit.options(marked.text)
            return []
        } catch let error as YAMLErrors {
            return DiagnosticError(error).diagnostics.map(DiagnosticFormatter.headline)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func theDocumentedExampleDecodes() throws {
        let entry = try #require(try YAMLDocument.load(Array(PersonaImportStage.description.example.utf8))?.sequence?.nodes.first?.mapping)
        #expect(entry["uses"]?.scalar?.string == PersonaImportStage.description.id)
        let options = try NodeDecoder(file: "example").decode(PersonaImportOptions.self, from: try #require(entry["with"]))
        #expect(options.buyers.map(\.path.path) == ["personas/buyers.yml"])
        #expect(options.channels.first?.columns?.entries.first?.header == "Channel Persona ID")
    }

    @Test func theDocumentedExampleRunsOnTheExampleKit() async throws {
        let entry = try #require(try YAMLDocument.load(Array(PersonaImportStage.description.example.utf8))?.sequence?.nodes.first?.mapping)
        let options = try NodeDecoder(file: "example").decode(PersonaImportOptions.self, from: try #require(entry["with"]))
        var kit = Kit(release: PersonaKit.release)
        try await PersonaImportStage(options: options).run(&kit, in: try PersonaKit(existing: ExampleKitTests.kitDirectory).context())
        #expect(kit.buyerPersonas.count == 4 && kit.channelPersonas.count == 3)
        #expect(kit.findings.map(\.rule) == ["personas.incomplete"])
    }

    @Test func everyOptionIsDocumented() throws {
        let documented = PersonaImportStage.description.options.map(\.name)
        #expect(documented == PersonaImportOptions.CodingKeys.allCases.map(\.stringValue))
        #expect(PersonaImportStage.description.options.allSatisfy { !$0.isRequired })
    }

    @Test func sourcesArePathsListsOrMappings() throws {
        let options = try PersonaKit.options("""
            buyers: personas/buyers.yml
            channels:
              - personas/channels.yml
              - path: personas/partners.txt
                format: csv
                columns: { "Partner Type": channel, Updated: ~ }
                list-separator: "|"
            """)
        #expect(options.buyers.map(\.path.path) == ["personas/buyers.yml"])
        #expect(options.buyers.first?.path.location?.description == "launchkit.yml:1:9")
        #expect(options.channels.map(\.path.path) == ["personas/channels.yml", "personas/partners.txt"])
        #expect(options.channels[1].format == .csv)
        #expect(options.channels[1].columns?.entries.map(\.fieldName) == ["channel", nil])
        #expect(options.channels[1].listSeparator == "|")
        #expect(options.listSeparator == ";" && options.strict == false && options.minCompleteness == 80)
    }

    @Test func aColumnMappedToAnUnknownFieldIsReportedAtTheField() {
        let input = MarkedText("channels: channels.csv\ncolumns: { \"Persona Name\": 1️⃣nmae, Notes: 2️⃣[a, b] }\n")
        #expect(errors(input) == [
            "\(input.location(1, in: "launchkit.yml")): error: unknown persona field 'nmae' for column 'Persona Name' [yaml.schema]",
            "\(input.location(2, in: "launchkit.yml")): error: expected a persona field for column 'Notes', found a list [yaml.schema]",
        ])
    }

    @Test func aColumnMappedTwice() {
        let input = MarkedText("channels: channels.csv\ncolumns: { \"Persona Name\": name, 1️⃣persona name: title }\n")
        #expect(errors(input) == ["\(input.location(1, in: "launchkit.yml")): error: column 'persona name' is mapped twice [yaml.schema]"])
    }

    @Test func columnsOnAYAMLFileIsAnError() {
        let input = MarkedText("buyers:\n  - path: buyers.yml\n    1️⃣columns: { Name: name }\n")
        #expect(errors(input) == [
            "\(input.location(1, in: "launchkit.yml")): error: 'columns' applies to CSV and TSV files, not to 'buyers.yml' [yaml.schema]",
        ])
    }

    @Test func valuesOutOfRange() {
        #expect(errors(MarkedText("buyers: b.yml\nlist-separator: 1️⃣\"\"\n")) == [
            "launchkit.yml:2:17: error: 'list-separator' must be one or more characters on one line, found '' [yaml.schema]",
        ])
        let input = MarkedText("buyers: b.yml\nmin-completeness: 1️⃣120\n")
        #expect(errors(input) == ["\(input.location(1, in: "launchkit.yml")): error: 'min-completeness' must be from 0 to 100, found '120' [yaml.schema]"])
        #expect(errors(MarkedText("buyers: b.yml\nstrict: yes\n")) == [
            "launchkit.yml:2:9: error: expected true or false for 'strict', found 'yes' [yaml.schema]",
        ])
        #expect(errors(MarkedText("buyers: { path: b.txt, format: 1️⃣xls }\n")) == [
            "launchkit.yml:1:32: error: unknown value 'xls' for 'buyers.format' [yaml.schema]",
        ])
    }

    @Test func atLeastOneSourceAndAMisspeltKeySaysSo() {
        #expect(errors(MarkedText("1️⃣strict: true\n")) == [
            "launchkit.yml:1:1: error: persona-import needs at least one of 'buyers', 'channels' or 'personas' [yaml.schema]",
        ])
        let input = MarkedText("1️⃣buyer: personas/buyers.yml\n")
        #expect(errors(input) == ["\(input.location(1, in: "launchkit.yml")): error: unknown key 'buyer' [yaml.schema]"])
    }

    @Test func aFileOfUnknownFormatAndAMissingFileAreLocatedInTheConfig() async throws {
        let kit = try PersonaKit(["buyers.txt": "id,name\n"])
        defer { kit.remove() }
        let input = MarkedText("buyers: [1️⃣buyers.txt, 2️⃣buyer.yml]\n")
        let diagnostics = try await kit.diagnostics(input.text)
        #expect(diagnostics.map(DiagnosticFormatter.headline) == [
            "\(input.location(1, in: "launchkit.yml")): error: cannot tell the format of 'buyers.txt' from its name [personas.format]",
            "\(input.location(2, in: "launchkit.yml")): error: cannot read 'buyer.yml': no such file [input.missing]",
        ])
        #expect(diagnostics.first?.suggestion == "name it .yml, .yaml, .json, .csv or .tsv, or write it as '{ path: buyers.txt, format: csv }'")
    }
}
