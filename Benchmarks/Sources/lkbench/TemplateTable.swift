import BenchSupport

/// The table through LaunchKit's template layer. Nil until `TemplateLibrary` is on main: the
/// comparison then says "not available yet" for this row instead of printing a number.
enum TemplateTable {
    static func render(template: String, rows: [TableWorkload.Row], iterations: Int) throws -> BenchResult? {
        nil
    }
}
