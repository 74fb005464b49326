import LaunchKitCore
import Testing

/// The check changes one scope in place around each section and partial (instead of copying it per
/// list item) and does not run text helpers in interpolations: what it reports must not change.
@Suite("template check: scopes and helpers")
struct TemplateCheckerScopeTests {
    func render(_ templates: [String: String], _ name: String, _ model: [String: Any]) throws(TemplateError) -> String {
        try TemplateLibrary(defaults: templates, overrideFiles: [:]).render(name, model)
    }

    func error(_ templates: [String: String], _ name: String, _ model: [String: Any]) -> String? {
        do {
            _ = try render(templates, name, model)
            Issue.record("expected a TemplateError")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aMissingValueAfterASectionIsNotInsideIt() {
        let page = "{{#items}}{{#tags}}{{.}}{{/tags}}{{name}}{{/items}}\n{{title}}"
        let message = error(["page.mustache": page], "page", ["items": [["name": "a", "tags": ["t"]], ["name": "b", "tags": []]]])
        #expect(message == "Templates/default/page.mustache:2:3: error: no value for 'title'")
    }

    @Test func theListPositionComesBackAfterAnInnerSectionAndAPartial() throws {
        let templates = [
            "page.mustache": "{{#items}}{{#tags}}{{.}}{{/tags}}{{> part}}{{#first()}}^{{/first()}}{{ index() }}{{#last()}}${{/last()}} {{/items}}",
            "part.mustache": "-",
        ]
        let model: [String: Any] = ["items": [["tags": ["x", "y"]], ["tags": []], ["tags": ["z"]]]]
        #expect(try render(templates, "page", model) == "xy-^0 -1 z-2$ ")
    }

    @Test func aPartialSeesNoListPosition() {
        let templates = ["page.mustache": "{{#items}}{{> part}}{{/items}}", "part.mustache": "{{ index() }}"]
        let message = error(templates, "page", ["items": ["a"]])
        #expect(message == "Templates/default/part.mustache:1:4: error: no value for 'index()' outside a list section in 'items[0]'; use it directly inside '{{#list}}…{{/list}}'")
    }

    @Test func helpersNotRunByTheCheckStillSayWhatTheyGive() {
        let number = error(["page.mustache": "{{#rows}}{{ plusone(cell(name)) }}{{/rows}}"], "page", ["rows": [["name": "a"]]])
        #expect(number == "Templates/default/page.mustache:1:13: error: helper 'plusone' needs a number, but 'cell(name)' is text in 'rows[0]'")
        let list = error(["page.mustache": "{{ first(bullets(tags)) }}"], "page", ["tags": ["a"]])
        #expect(list == "Templates/default/page.mustache:1:4: error: helper 'first' needs a list (or, with no argument, '{{ first() }}' inside a list section), but 'bullets(tags)' is text")
    }

    @Test func helpersInSectionsAreRunForTheirValue() throws {
        // `line` of blank text is empty text: false in a section.
        let page = "{{#line(note)}}[{{ line(note) }}]{{/line(note)}}{{^line(note)}}none{{/line(note)}}"
        #expect(try render(["page.mustache": page], "page", ["note": " \n "]) == "none")
        #expect(try render(["page.mustache": page], "page", ["note": " a\n b "]) == "[a b]")
    }

    @Test func aSectionOverAnAbsentNameIsFalseWhateverTheNamesAround() throws {
        let page = "{{#items}}{{#nmae}}x{{/nmae}}{{^nmae}}{{name}}{{/nmae}}{{/items}}"
        #expect(try render(["page.mustache": page], "page", ["items": [["name": "a"], ["name": "b"]]]) == "ab")
    }
}
