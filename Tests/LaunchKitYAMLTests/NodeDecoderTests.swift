import Testing
@testable import LaunchKitYAML

struct Settings: Decodable, Equatable {
    var name: String
    var count: Int
    var enabled: Bool?
    var tags: [String]?
    var ratio: Double?
}

enum Status: String, Decodable, CaseIterable {
    case todo, doing, done
}

@Suite struct NodeDecoderTests {
    func decode<T: Decodable>(_ type: T.Type, _ yaml: String) throws(YAMLErrors) -> T {
        try NodeDecoder(file: "test.yml").decode(type, fromYAML: Array(yaml.utf8))
    }

    func messages<T: Decodable>(_ type: T.Type, _ yaml: String) -> [String] {
        do {
            _ = try decode(type, yaml)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func decodesScalarsAsWritten() throws {
        let settings = try decode(Settings.self, "name: 2.0\ncount: 3\nenabled: false\ntags: [a, 'b']\nratio: .5\n")
        #expect(settings == Settings(name: "2.0", count: 3, enabled: false, tags: ["a", "b"], ratio: 0.5))
    }

    @Test func typeErrorsNameThePathAndPosition() {
        #expect(messages(Settings.self, "name: x\ncount: ten\n") == ["test.yml:2:8: error: expected an integer for 'count', found 'ten'"])
        #expect(messages([Settings].self, "- name: x\n  count: 1\n- name: y\n  count: [1]\n") == [
            "test.yml:4:10: error: expected an integer for '[1].count', found a list",
        ])
    }

    @Test func onlyTrueAndFalseAreBooleans() {
        #expect(messages(Settings.self, "name: x\ncount: 1\nenabled: yes\n") == ["test.yml:3:10: error: expected true or false for 'enabled', found 'yes'"])
    }

    @Test func unknownKeysAreCollectedWithSuggestions() {
        #expect(messages(Settings.self, "name: x\ncount: 1\nenabeld: true\ntagz: []\nzzz: 1\n") == [
            "test.yml:3:1: error: unknown key 'enabeld'; did you mean 'enabled'?",
            "test.yml:4:1: error: unknown key 'tagz'; did you mean 'tags'?",
            "test.yml:5:1: error: unknown key 'zzz'; expected one of: count, enabled, name, ratio, tags",
        ])
    }

    @Test func missingKeyPointsAtTheMappingAndATypo() {
        #expect(messages(Settings.self, "nmae: x\ncount: 1\n") == [
            "test.yml:1:1: error: missing required key 'name' (found 'nmae'); rename 'nmae' to 'name'",
        ])
    }

    @Test func missingKeyPointsAtItsMisspelling() {
        #expect(messages(Settings.self, "count: 1\nnmae: x\n") == [
            "test.yml:2:1: error: missing required key 'name' (found 'nmae'); rename 'nmae' to 'name'",
        ])
        #expect(messages(Settings.self, "count: 1\n") == ["test.yml:1:1: error: missing required key 'name'; add 'name: ...'"])
    }

    @Test func enumValuesListTheValidSpellings() {
        #expect(messages([Status].self, "[todo, dnoe]") == ["test.yml:1:8: error: unknown value 'dnoe' for '[1]'; did you mean 'done'?"])
    }

    @Test func nullIsNotAString() {
        #expect(messages(Settings.self, "name:\ncount: 1\n") == ["test.yml:1:6: error: expected a string for 'name', found an empty value"])
    }

    @Test func locatedValuesKeepTheirMark() throws {
        struct Item: Decodable { var id: Located<String> }
        let items = try decode([Item].self, "- id: a\n-   id: b\n")
        #expect(items.map(\.id.mark) == [Mark(line: 1, column: 7), Mark(line: 2, column: 9)])
    }

    @Test func emptyFileIsAnError() {
        #expect(messages(Settings.self, "# only a comment\n") == ["test.yml:1:1: error: the file is empty; add the expected content"])
    }
}

@Suite struct NodeLoadingTests {
    func load(_ yaml: String, limits: YAMLLimits = .default) throws(YAMLError) -> Node? {
        try YAMLDocument.load(Array(yaml.utf8), file: "t.yml", limits: limits)
    }

    func error(_ yaml: String, limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try load(yaml, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func aliasesAreResolved() throws {
        let node = try load("base: &b {x: 1}\ncopy: *b\n")
        #expect(node?.mapping?["copy"]?.mapping?["x"]?.scalar?.string == "1")
    }

    @Test func aliasBombIsStopped() {
        let bomb = """
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            """
        let error = error(bomb)
        #expect(error?.kind == .limit)
        #expect(error?.mark?.line == 5)
    }

    @Test func deepNestingIsStoppedWithoutRecursion() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = error(deep)
        #expect(error?.kind == .limit)
        #expect(error?.message == "nesting is deeper than 256 levels")
        #expect(error?.mark == Mark(line: 1, column: 257))
    }

    @Test func duplicateKeysAreRejectedWithBothPlaces() {
        #expect(error("a: 1\nb: 2\na: 3\n")?.description == "t.yml:3:1: error: duplicate key 'a' (first defined at 1:1); remove one of them")
        let many = (0..<20).map { "k\($0): 1" }.joined(separator: "\n") + "\nk3: 2\n"
        #expect(error(many)?.message == "duplicate key 'k3' (first defined at 4:1)")
    }

    @Test func unknownAliasIsAnError() {
        #expect(error("a: *nope\n")?.message == "unknown alias '*nope'")
    }

    @Test func secondDocumentIsAnError() {
        #expect(error("a: 1\n---\nb: 2\n")?.mark == Mark(line: 2, column: 1))
    }

    @Test func invalidUTF8IsLocated() {
        let bytes: [UInt8] = Array("a: 1\nb: x".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        do {
            _ = try YAMLDocument.load(bytes, file: "t.yml")
            Issue.record("expected an encoding error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(error.message.hasPrefix("invalid text encoding"))
            #expect(error.mark == Mark(line: 2, column: 6))
        }
    }

    @Test func scalarsKeepNulBytesAndStyle() throws {
        let node = try load("a: \"x\\0y\"\nb: |\n  text\n")
        #expect(node?.mapping?["a"]?.scalar?.string == "x\0y")
        #expect(node?.mapping?["b"]?.scalar?.style == .literal)
    }
}

@Suite struct NearestMatchTests {
    @Test(arguments: [("buyer", "buyers"), ("teir", "tier"), ("persona-imprt", "persona-import"), ("fial-under", "fail-under")])
    func findsTypos(_ typed: String, _ expected: String) {
        #expect(NearestMatch.find(typed, in: ["buyers", "channels", "tier", "persona-import", "fail-under", "columns"]) == expected)
    }

    @Test func ignoresUnrelatedWords() {
        #expect(NearestMatch.find("zzz", in: ["buyers", "tier"]) == nil)
    }

    /// "nane" is one edit from both "name" and "nine": the one that sorts first wins, whatever the
    /// order the candidates come in (a `Set`'s order changes from process to process).
    @Test func breaksTiesTheSameWayInAnyOrder() {
        #expect(NearestMatch.find("nane", in: ["nine", "name"]) == "name")
        #expect(NearestMatch.find("nane", in: ["name", "nine"]) == "name")
        #expect(NearestMatch.find("nane", in: Set(["nine", "name", "pricing"])) == "name")
    }
}
