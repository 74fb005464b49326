import BenchSupport
import LaunchKitCore
import Mustache

/// The table through LaunchKit's template layer (`TemplateLibrary`), as a stage renders a page:
/// a view model of structs (read by `Mirror`, as the built-in stages' pages are), the missing-value
/// check, then swift-mustache with the Markdown content type and the `cell()` helper.
enum TemplateTable {
    /// The view model, snake_case like the stages' pages.
    struct Page {
        var rows: [TableWorkload.Row]
    }

    /// swift-mustache alone: the template without helpers (as pystache gets it), no escaping, a
    /// dictionary context, no missing-value check. What the engine costs under LaunchKit's layer.
    static func engineAlone(template: String, rows: [TableWorkload.Row], iterations: Int) throws -> BenchResult {
        let compiled = try MustacheTemplate(string: "{{%CONTENT_TYPE: TEXT}}\n" + FileBytes.string(template))
        let context: [String: Any] = ["rows": rows.map { row -> [String: Any] in
            ["id": row.id, "feature": row.feature, "personas": row.personas, "grade": row.grade, "text": row.text]
        }]
        var stopwatch = Stopwatch()
        let rendered = stopwatch.measure(iterations: iterations) { compiled.render(context) }
        return BenchResult(tool: "swift-mustache alone", workload: "render-table", bytes: rendered.utf8.count, stopwatch: stopwatch,
                           checksum: rendered.utf8.count)
    }

    static func renderOnce(template: String, rows: [TableWorkload.Row]) throws -> BenchResult {
        let text = try FileBytes.string(template)
        var stopwatch = Stopwatch()
        let rendered = try stopwatch.measure(iterations: 1) { () throws -> String in
            let library = try TemplateLibrary(defaults: ["table.mustache": text], overrideFiles: [:], defaultsPath: "Benchmarks/templates")
            let page = Page(rows: rows)
            return try library.render("table", page)
        }
        return BenchResult(tool: "launchkit templates", workload: "render-table-once", bytes: rendered.utf8.count, stopwatch: stopwatch,
                           checksum: rendered.utf8.count)
    }

    static func render(template: String, rows: [TableWorkload.Row], iterations: Int) throws -> [BenchResult] {
        let text = try FileBytes.string(template)
        let library = try TemplateLibrary(defaults: ["table.mustache": text], overrideFiles: [:], defaultsPath: "Benchmarks/templates")
        let page = Page(rows: rows)
        var structs = Stopwatch()
        let rendered = try structs.measure(iterations: iterations) { try library.render("table", page) }
        // The same data as dictionaries, the other view-model shape the layer accepts.
        let dictionaries: [String: Any] = ["rows": rows.map { row -> [String: Any] in
            ["id": row.id, "feature": row.feature, "personas": row.personas, "grade": row.grade, "text": row.text]
        }]
        var dictionary = Stopwatch()
        let renderedFromDictionaries = try dictionary.measure(iterations: iterations) { try library.render("table", dictionaries) }
        return [
            BenchResult(tool: "launchkit templates", workload: "render-table", bytes: rendered.utf8.count, stopwatch: structs,
                        checksum: rendered.utf8.count),
            BenchResult(tool: "launchkit templates, dictionary view model", workload: "render-table",
                        bytes: renderedFromDictionaries.utf8.count, stopwatch: dictionary, checksum: renderedFromDictionaries.utf8.count),
        ]
    }
}
