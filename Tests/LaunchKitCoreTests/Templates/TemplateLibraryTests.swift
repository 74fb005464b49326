import LaunchKitTestSupport
import Foundation
import LaunchKitCore
import Testing

@Suite("template library")
struct TemplateLibraryTests {
    /// A library of defaults in `Templates/default` and user files in `templates`.
    func library(_ defaults: [String: String], user: [String: String] = [:]) throws(TemplateError) -> TemplateLibrary {
        try TemplateLibrary(defaults: defaults, overrideFiles: user)
    }

    /// The error `body` throws, or a failed expectation.
    func error(_ body: () throws(TemplateError) -> Any) -> TemplateError? {
        do {
            _ = try body()
            Issue.record("expected a TemplateError")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Overrides and partials

    @Test func aUserFileReplacesTheDefaultOfTheSameNameAndLeavesTheOthers() throws {
        let library = try library(
            ["battlecard.mustache": "default battlecard", "cheat-sheet.mustache": "default cheat sheet", "README.md": "not a template"],
            user: ["battlecard.mustache": "my battlecard"]
        )
        #expect(library.names == ["battlecard", "cheat-sheet"])
        #expect(try library.render("battlecard", [:]) == "my battlecard")
        #expect(try library.render("cheat-sheet", [:]) == "default cheat sheet")
        #expect(library.path(of: "battlecard") == "templates/battlecard.mustache")
        #expect(library.path(of: "cheat-sheet.mustache") == "Templates/default/cheat-sheet.mustache")
    }

    @Test func partialsResolveAcrossBothSourcesUserFirst() throws {
        let library = try library(
            [
                "one-pager.mustache": "# {{name}}\n{{> persona-section}}",
                "persona-section.mustache": "default section for {{name}}\n",
                "footer.mustache": "(default footer)",
                "channel-brief.mustache": "default brief",
            ],
            user: [
                "persona-section.mustache": "user section for {{name}} {{> footer}}\n",
                "channel-brief.mustache": "brief for {{name}}: {{> footer}}",
            ]
        )
        // A default template includes a user partial, which includes a default one.
        #expect(try library.render("one-pager", ["name": "Dana"]) == "# Dana\nuser section for Dana (default footer)\n")
        // A user template includes a default partial.
        #expect(try library.render("channel-brief", ["name": "MSP"]) == "brief for MSP: (default footer)")
    }

    @Test func templatesInSubfoldersAreNamedByTheirPath() throws {
        let library = try library(["sheet.mustache": "{{> partials/row}}", "partials/row.mustache": "row {{x}}"])
        #expect(library.names == ["partials/row", "sheet"])
        #expect(try library.render("sheet", ["x": 1]) == "row 1")
    }

    @Test func overridesAreReadFromAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "launchkit-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: "partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("\u{FEFF}mine: {{> partials/row}}".utf8).write(to: folder.appending(path: "battlecard.mustache"))
        try Data("my row".utf8).write(to: folder.appending(path: "partials/row.mustache"))
        try Data("notes".utf8).write(to: folder.appending(path: "notes.txt"))
        try Data("hidden".utf8).write(to: folder.appending(path: ".cheat-sheet.mustache"))

        let library = try TemplateLibrary(
            defaults: ["battlecard.mustache": "default", "cheat-sheet.mustache": "default cheat sheet"],
            overrides: folder
        )
        #expect(library.names == ["battlecard", "cheat-sheet", "partials/row"])
        #expect(try library.render("battlecard", [:]) == "mine: my row")
        #expect(try library.render("cheat-sheet", [:]) == "default cheat sheet")
        #expect(library.path(of: "battlecard") == folder.relativePath + "/battlecard.mustache")
    }

    @Test func aMissingFolderOrABadFileIsAnIOError() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/launchkit-templates")
        let error = error { () throws(TemplateError) in try TemplateLibrary(defaults: [:], overrides: missing) }
        #expect(error?.kind == .io)
        #expect(error?.description == "/nonexistent/launchkit-templates: error: template folder '/nonexistent/launchkit-templates' does not exist")

        let folder = FileManager.default.temporaryDirectory.appending(path: "launchkit-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x66, 0xFF, 0xFE]).write(to: folder.appending(path: "bad.mustache"))
        let bad = self.error { () throws(TemplateError) in try TemplateLibrary(defaults: [:], overrides: folder) }
        #expect(bad?.kind == .io)
        #expect(bad?.message.hasSuffix("bad.mustache' is not valid UTF-8") == true)
    }

    @Test func anUnknownTemplateNameSuggestsTheNearest() throws {
        let library = try library(["battlecard.mustache": "x"])
        let error = error { () throws(TemplateError) in try library.render("batlecard", [:]) }
        #expect(error?.description == "<view model>: error: no template named 'batlecard'; did you mean 'battlecard'?")
    }

    // MARK: - Markdown output

    @Test func interpolationIsNotHTMLEscapedButRawTagsAreNeutralised() throws {
        let library = try library([
            "page.mustache": "{{x}} | {{{x}}} | {{&x}} | {{> part}}",
            "part.mustache": "{{x}}",
        ])
        let x = #"AT&T "quoted" it's a > b <10 ms <script>alert(1)</script>"#
        let neutral = #"AT&T "quoted" it's a > b <10 ms &lt;script>alert(1)&lt;/script>"#
        // The partial has its own content type in swift-mustache; the library sets it there too.
        #expect(try library.render("page", ["x": x]) == "\(neutral) | \(x) | \(x) | \(neutral)")
    }

    @Test func theFirstLineOfATemplateKeepsItsStandaloneBehaviour() throws {
        // The content type pragma the library adds must not change whitespace handling.
        let library = try library(["page.mustache": "{{#items}}\n- {{.}}\n{{/items}}\n\nend\n"])
        #expect(try library.render("page", ["items": ["a", "b"]]) == "- a\n- b\n\nend\n")
    }

    @Test func helpersMakeTablesAndListsSafe() throws {
        let template = """
            # {{ line(title) }}

            | Objection | Answer |
            | --- | --- |
            {{#objections}}
            | {{ cell(objection) }} | {{ cell(answers) }} |
            {{/objections}}

            {{ bullets(why_we_win) }}

            {{ numbered(steps) }}

            File: {{ slug(title) }}.md, {{ count(objections) }} objections{{#first(why_we_win)}}, led by {{.}}{{/first(why_we_win)}}
            {{#objections}}{{ index() }}{{^last()}}, {{/last()}}{{/objections}}

            """
        let library = try library(["battlecard.mustache": template])
        let model: [String: Any] = [
            "title": "Acme  Corp\nvs. Us",
            "objections": [
                ["objection": "Price | TCO?", "answers": ["Lower TCO\nover 3 years", "See <b>calculator</b>"]],
                ["objection": "Lock-in", "answers": ["Open formats"]],
            ],
            "why_we_win": ["Faster setup", "Cheaper\nby 30%"],
            "steps": ["Ask", "Listen"],
        ]
        let expected = """
            # Acme Corp vs. Us

            | Objection | Answer |
            | --- | --- |
            | Price \\| TCO? | Lower TCO<br>over 3 years<br>See &lt;b>calculator&lt;/b> |
            | Lock-in | Open formats |

            - Faster setup
            - Cheaper
              by 30%

            1. Ask
            2. Listen

            File: acme-corp-vs-us.md, 2 objections, led by Faster setup
            0, 1

            """
        #expect(try library.render("battlecard", model) == expected)
    }

    // MARK: - Missing values

    @Test func aMissingValueIsAnErrorAtTheTagWithTheNearestName() throws {
        let marked = MarkedText("""
            # {{name}}

            {{#strengths}}
            - {{.}}
            {{/strengths}}
            | Pricing | {{ cell(1️⃣pricing_notes) }} |
            """)
        let library = try library([:], user: ["battlecard.mustache": marked.text])
        let error = error { () throws(TemplateError) in
            try library.render("battlecard", ["name": "Acme", "strengths": ["fast"], "pricing_note": "per seat"])
        }
        #expect(error?.kind == .missingValue)
        #expect(error?.description == "\(marked.location(1, in: "templates/battlecard.mustache")): error: no value for 'pricing_notes'; did you mean 'pricing_note'?")
    }

    @Test func aNilValueSuggestsASection() throws {
        struct Competitor {
            var name: String
            var pricingNotes: String?
        }
        let marked = MarkedText("{{name}}: {{1️⃣pricingNotes}}")
        let library = try library(["battlecard.mustache": marked.text])
        let error = error { () throws(TemplateError) in try library.render("battlecard", Competitor(name: "Acme", pricingNotes: nil)) }
        #expect(
            error?.description
                == "\(marked.location(1, in: "Templates/default/battlecard.mustache")): error: no value for 'pricingNotes'; it is nil here; show optional values with '{{#pricingNotes}}…{{/pricingNotes}}'"
        )
        #expect(try library.render("battlecard", Competitor(name: "Acme", pricingNotes: "per seat")) == "Acme: per seat")
    }

    @Test func aMissingValueInAListItemSaysWhichItem() throws {
        let marked = MarkedText("{{#competitors}}\n## {{name}}\n{{#objections}}- {{objection}}: {{1️⃣answer}}\n{{/objections}}{{/competitors}}")
        let library = try library(["cheat-sheet.mustache": marked.text])
        let model: [String: Any] = [
            "competitors": [
                ["name": "Acme", "objections": [["objection": "price", "answer": "TCO"]]],
                ["name": "Globex", "objections": [["objection": "risk", "answer": "pilot"], ["objection": "lock-in"]]],
            ],
        ]
        let error = error { () throws(TemplateError) in try library.render("cheat-sheet", model) }
        #expect(
            error?.description
                == "\(marked.location(1, in: "Templates/default/cheat-sheet.mustache")): error: no value for 'answer' in 'competitors[1].objections[1]'"
        )
    }

    @Test func aMissingValueInAPartialNamesThePartialsFile() throws {
        let marked = MarkedText("Role: {{1️⃣persona.rol}}")
        let library = try library(
            ["one-pager.mustache": "{{#personas}}{{> persona-section}}{{/personas}}"],
            user: ["persona-section.mustache": marked.text]
        )
        let model: [String: Any] = ["personas": [["persona": ["name": "Dana", "role": "CISO"]]]]
        let error = error { () throws(TemplateError) in try library.render("one-pager", model) }
        #expect(
            error?.description
                == "\(marked.location(1, in: "templates/persona-section.mustache")): error: no value for 'persona.rol' in 'personas[0]'; did you mean 'persona.role'?"
        )
    }

    @Test func sectionsOnMissingFalseOrEmptyValuesAreLegal() throws {
        let template = "{{#notes}}Notes: {{notes}}{{/notes}}{{^notes}}no notes{{/notes}}|{{#tags}}{{.}}{{/tags}}{{^tags}}no tags{{/tags}}|{{#beta}}beta{{/beta}}{{^beta}}GA{{/beta}}|{{#x.y.z}}{{x.y.z}}{{/x.y.z}}"
        let library = try library(["page.mustache": template])
        let expected = "no notes|no tags|GA|"
        #expect(try library.render("page", [String: Any]()) == expected)
        #expect(try library.render("page", ["notes": "", "tags": [String](), "beta": false]) == expected)
        #expect(try library.render("page", ["notes": Optional<String>.none as Any]) == expected)
        #expect(try library.render("page", ["notes": "n", "tags": ["t"], "beta": true, "x": ["y": ["z": 1]]]) == "Notes: n|t|beta|1")
    }

    @Test func aSectionThatIsNotEnteredIsNotCheckedForValues() throws {
        // `{{missing}}` inside a false section is never rendered, so it is not an error.
        let library = try library(["page.mustache": "{{#show}}{{missing}}{{/show}}ok"])
        #expect(try library.render("page", ["show": false]) == "ok")
        #expect(error { () throws(TemplateError) in try library.render("page", ["show": true]) }?.kind == .missingValue)
    }

    @Test func lookupClimbsTheContextStackLikeTheEngine() throws {
        let library = try library(["page.mustache": "{{#persona}}{{name}} ({{product}}){{/persona}}"])
        #expect(try library.render("page", ["product": "CloudGuard", "persona": ["name": "Dana"]]) == "Dana (CloudGuard)")
    }

    @Test func anObjectOrAListIsNotText() throws {
        let library = try library(["page.mustache": "{{persona}}", "list.mustache": "{{tags}}"])
        let object = error { () throws(TemplateError) in try library.render("page", ["persona": ["name": "Dana"]]) }
        #expect(object?.description == "Templates/default/page.mustache:1:3: error: 'persona' is an object, not text; write one of its fields, such as '{{persona.name}}'")
        let list = error { () throws(TemplateError) in try library.render("list", ["tags": ["a"]]) }
        #expect(list?.description == "Templates/default/list.mustache:1:3: error: 'tags' is a list, not text; write '{{ bullets(tags) }}', or repeat a part with '{{#tags}}…{{/tags}}'")
    }

    @Test func aHelperOnTheWrongKindOfValueIsAnError() throws {
        let marked = MarkedText("{{ 1️⃣bullets(name) }} {{ 2️⃣index() }}")
        let library = try library(["page.mustache": marked.text])
        let error = error { () throws(TemplateError) in try library.render("page", ["name": "Dana"]) }
        #expect(error?.description == "\(marked.location(1, in: "Templates/default/page.mustache")): error: helper 'bullets' needs a list of text, but 'name' is text")
        let outside = self.error { () throws(TemplateError) in try library.render("page", ["name": ["Dana"]]) }
        #expect(outside?.description == "\(marked.location(2, in: "Templates/default/page.mustache")): error: no value for 'index()' outside a list section; use it directly inside '{{#list}}…{{/list}}'")
    }

    @Test func missingValuesAfterADelimiterChangeAreFound() throws {
        let marked = MarkedText("{{=<% %>=}}\n{{not a tag}} <% name %> <% 1️⃣title %>")
        let library = try library(["page.mustache": marked.text])
        let error = error { () throws(TemplateError) in try library.render("page", ["name": "Dana"]) }
        #expect(error?.description == "\(marked.location(1, in: "Templates/default/page.mustache")): error: no value for 'title'")
        #expect(try library.render("page", ["name": "Dana", "title": "CISO"]) == "{{not a tag}} Dana CISO")
    }

    @Test func templateInheritanceIsChecked() throws {
        let marked = MarkedText("{{<base}}{{$body}}Hello {{1️⃣nme}}{{/body}}{{/base}}")
        let library = try library([
            "base.mustache": "# {{title}}\n{{$body}}default body{{/body}}\n",
            "page.mustache": marked.text,
        ])
        let error = error { () throws(TemplateError) in try library.render("page", ["title": "T", "name": "Dana"]) }
        #expect(error?.description == "\(marked.location(1, in: "Templates/default/page.mustache")): error: no value for 'nme'; did you mean 'name'?")
        #expect(try library.render("base", ["title": "T"]) == "# T\ndefault body\n")
    }

    @Test func aPartialThatIncludesItselfIsAnErrorNotACrash() throws {
        let library = try library(["loop.mustache": "x{{> loop}}"])
        let error = error { () throws(TemplateError) in try library.render("loop", [:]) }
        #expect(error?.kind == .recursion)
        #expect(error?.file == "Templates/default/loop.mustache")

        // Recursion that the data ends is fine.
        let tree = try self.library(["node.mustache": "{{name}}({{#children}}{{> node}}{{/children}})"])
        let model: [String: Any] = ["name": "a", "children": [["name": "b", "children": [["name": "c", "children": [Any]()]]]]]
        #expect(try tree.render("node", model) == "a(b(c()))")
    }

    // MARK: - Syntax errors

    @Test(arguments: [
        ("# Title\n\n  1️⃣{{#strengths}}\n- {{.}}\n", "unclosed section '{{#strengths}}'; close it with '{{/strengths}}'"),
        ("{{#a}}x1️⃣{{/b}}", "closing tag '{{/b}}' does not match '{{#a}}' opened at line 1; close it with '{{/a}}'"),
        ("text 1️⃣{{/a}}", "closing tag '{{/a}}' has no open section"),
        ("line\nmore 1️⃣{{name", "unclosed tag '{{'; close it with '}}'"),
        ("{{persona 1️⃣name}}", "unexpected 'n' in tag; names use letters, digits and '. - _ ?'; close the tag with '}}'"),
        ("1️⃣{{=<%%>=}}", "malformed set-delimiter tag; write it as '{{=<% %>=}}': two delimiters without spaces or '=' in them"),
        ("{{ 1️⃣cel(name) }}", "unknown helper 'cel'; did you mean 'cell'?"),
        ("{{ 1️⃣cell(name }}", "malformed helper call 'cell(name'; write a helper as 'helper(name)', for example '{{ cell(name) }}'"),
        ("{{> 1️⃣persona-sectoin}}", "no template named 'persona-sectoin'; did you mean 'persona-section'?"),
        ("1️⃣{{{name}}", "unclosed tag '{{{'; close it with '}}}'"),
        ("1️⃣{{! note", "unclosed comment; close it with '}}'"),
        ("{{=<% %>=}}\n<%#a%>\n  <%#b%>\n1️⃣<%/a%>", "closing tag '<%/a%>' does not match '<%#b%>' opened at line 3; close it with '<%/b%>'"),
        ("{{>*1️⃣dynamic}}", "partial names from the view model ('{{>*dynamic}}') are not supported; name the partial, so the library can check it exists; choose between partials with sections"),
        ("x 1️⃣{{}}", "empty tag; name a value, such as '{{name}}'"),
        ("x 1️⃣{{\nname}}", "'{{' at the end of a line; write the tag on one line, such as '{{name}}'"),
        ("1️⃣{{%FOO: BAR}}", "unknown pragma 'FOO'; the only pragma is 'CONTENT_TYPE'"),
    ])
    func syntaxErrorsAreLocated(template: String, message: String) throws {
        let marked = MarkedText(template)
        let error = error { () throws(TemplateError) in
            try library(["persona-section.mustache": ""], user: ["battlecard.mustache": marked.text])
        }
        #expect(error?.description == "\(marked.location(1, in: "templates/battlecard.mustache")): error: \(message)")
    }

    @Test func markersMatchCountedPositions() {
        // The unclosed-section case above, counted by hand once to trust the markers.
        let marked = MarkedText("# Title\n\n  1️⃣{{#strengths}}\n")
        #expect(marked.location(1, in: "f") == "f:3:3")
    }

    @Test func errorsOnlyTheEngineFindsAreLocatedToo() throws {
        // swift-mustache rejects a CONTENT_TYPE it does not know; the scanner leaves that to it.
        let error = error { () throws(TemplateError) in try library(["page.mustache": "a\n{{%CONTENT_TYPE: NOPE}}\n"]) }
        #expect(error?.kind == .syntax)
        #expect(error?.file == "Templates/default/page.mustache")
        #expect(error?.line == 2)
        #expect(error?.message == "unknown pragma or content type")
    }

    @Test func aTemplateEndingInABraceIsLocated() throws {
        // swift-mustache 2.1.1 fails on a template whose last character is `{`.
        let marked = MarkedText("Use\nbraces 1️⃣{")
        let error = error { () throws(TemplateError) in try library(["page.mustache": marked.text]) }
        #expect(error?.description == "\(marked.location(1, in: "Templates/default/page.mustache")): error: unexpected end of template after '{'; end the template with a line break")
        #expect(try library(["page.mustache": marked.text + "\n"]).render("page", [:]) == marked.text + "\n")
    }

    // MARK: - View models

    enum Tier: String { case flagship, minor }
    final class Base {
        let product = "CloudGuard"
    }
    final class Release {
        let base = Base()
        let version = "2.0"
        let tier = Tier.flagship
        let count: UInt8 = 3
        let price = 9.5
        let ga: Bool? = true
    }

    @Test func structsClassesEnumsAndNumbersAreReadable() throws {
        let library = try library(["page.mustache": "{{base.product}} {{version}} {{tier}} {{count}} {{price}}{{#ga}} GA{{/ga}}"])
        #expect(try library.render("page", Release()) == "CloudGuard 2.0 flagship 3 9.5 GA")
    }

    enum Unsupported: String, CaseIterable, Sendable {
        case set, date, nilItem, tuple

        var model: [String: Any] {
            switch self {
            case .set: ["tags": Set(["a", "b"])]
            case .date: ["when": Date(timeIntervalSince1970: 0)]
            case .nilItem: ["items": ["a", nil] as [String?]]
            case .tuple: ["pair": (1, 2)]
            }
        }

        var message: String {
            switch self {
            case .set: "'tags' is a Set, whose order changes from run to run; pass a sorted array"
            case .date: "'when' is a Date; format it as text in the view model, so the packet does not depend on the clock or the time zone"
            case .nilItem: "'items[1]' is nil; leave it out of the list, or give the text to print instead"
            case .tuple: "'pair' is a tuple; use a struct or a [String: …] dictionary"
            }
        }
    }

    @Test(arguments: Unsupported.allCases)
    func unsupportedViewModelsAreRefused(_ unsupported: Unsupported) throws {
        let library = try library(["page.mustache": "x"])
        let error = error { () throws(TemplateError) in try library.render("page", unsupported.model) }
        #expect(error?.kind == .unsupportedViewModel)
        #expect(error?.description == "<view model>: error: \(unsupported.message)")
    }

    final class Cycle {
        var name = "loop"
        var next: Cycle?
    }

    @Test func aViewModelThatRefersToItselfIsRefusedNotFollowedForever() throws {
        let cycle = Cycle()
        cycle.next = cycle
        let library = try library(["page.mustache": "{{name}}"])
        let error = error { () throws(TemplateError) in try library.render("page", cycle) }
        #expect(error?.kind == .unsupportedViewModel)
        #expect(error?.message.hasPrefix("view model nests deeper than 100 levels at 'next.next.next") == true)
    }

    // MARK: - Determinism

    @Test func theSameInputRendersTheSameBytes() throws {
        let template = "{{#personas}}{{ slug(name) }}: {{ joined(tags) }}\n{{/personas}}{{ cell(notes) }}"
        let model: [String: Any] = [
            "personas": (0..<50).map { ["name": "Persona \($0)", "tags": ["t\($0)", "u\($0)"]] },
            "notes": "a | b\nc",
        ]
        let first = try library(["page.mustache": template, "other.mustache": "{{> page}}"])
        let second = try library(["other.mustache": "{{> page}}", "page.mustache": template])
        let outputs = try (0..<5).map { _ in try first.render("page", model) } + [try second.render("other", model)]
        #expect(Set(outputs).count == 1)
    }
}
