import Foundation
import LaunchKitStyles

/// One scenario of an `expected-alerts.json` (Vale's Cucumber features, extracted): a folder to
/// lint with its Vale config, and the alert lines Vale printed.
struct ValeScenario: Decodable {
    struct Run: Decodable {
        var cwd: String?
        var argv: [String]?
        var fixture_present: Bool?
        var unresolved_step: String?
    }

    struct Expectation: Decodable {
        var type: String
        var alerts: [ExpectedAlert]?
    }

    struct ExpectedAlert: Decodable {
        var file: String
        var line: Int
        var col: Int
        var check: String
        var message: String
        var input_present: Bool?

        var lineText: String { "\(file):\(line):\(col):\(check):\(message)" }
    }

    var feature: String
    var scenario: String
    var run: Run
    var expect: [Expectation]

    var name: String { "\(feature) / \(scenario)" }

    /// A plain "lint this folder or these files" step whose fixture was copied.
    var isRunnable: Bool { run.cwd != nil && run.fixture_present == true && run.unresolved_step == nil }

    /// The exact or subset expectation about alert lines, with alerts whose input was copied.
    var alertExpectation: (exact: Bool, lines: Set<String>)? {
        guard let expectation = expect.first(where: { $0.type == "output_contain_exactly" || $0.type == "output_contain" }) else { return nil }
        let lines = (expectation.alerts ?? []).filter { $0.input_present ?? true }.map(\.lineText)
        return (expectation.type == "output_contain_exactly", Set(lines))
    }
}

struct ValeScenarioFile: Decodable {
    var scenarios: [ValeScenario]

    static func load(_ url: URL) throws -> ValeScenarioFile {
        try JSONDecoder().decode(ValeScenarioFile.self, from: Data(contentsOf: url))
    }
}

/// What linting a scenario produced against what it expected.
struct ScenarioOutcome {
    var scenario: String
    /// The fixture family (`checks`, `scopes`, ...) for Vale's own fixtures, else the package.
    var group: String = ""
    var exact: Bool
    var expected: Set<String>
    var produced: Set<String>

    var reproduced: Set<String> { expected.intersection(produced) }
    var missing: Set<String> { expected.subtracting(produced) }
    /// Alerts Vale would not print (only meaningful for exact expectations).
    var extra: Set<String> { exact ? produced.subtracting(expected) : [] }
}

/// Runs `vale --output=line --sort --normalize --relative .` as the scenarios describe it.
enum ValeScenarioRunner {
    /// Extensions LaunchKit lints (after `[formats]`): Markdown and text; files Vale treats as
    /// code or other markup are skipped, files of no known format are linted as plain text, as
    /// Vale does.
    static let markupExtensions: Set<String> = [".md", ".mdown", ".markdown", ".markdn"]
    static let valeKnownExtensions: Set<String> = [
        ".py", ".py3", ".pyw", ".rpy", ".cpy", ".adoc", ".asciidoc", ".asc", ".clj", ".cljs", ".cljc", ".cljd", ".cpp", ".cc", ".c",
        ".cp", ".cxx", ".c++", ".h", ".hpp", ".h++", ".css", ".cs", ".csx", ".dita", ".go", ".hs", ".html", ".htm", ".shtml",
        ".xhtml", ".java", ".bsh", ".jl", ".js", ".jsx", ".lua", ".org", ".php", ".pl", ".pm", ".pod", ".proto", ".ps1", ".psm1",
        ".psd1", ".rb", ".rs", ".rst", ".rest", ".r", ".R", ".sass", ".less", ".scala", ".sbt", ".swift", ".ts", ".tsx", ".xml",
        ".yaml", ".yml", ".mdx", ".tex",
    ]

    static func run(_ scenario: ValeScenario, base: URL) throws -> ScenarioOutcome? {
        guard scenario.isRunnable, let cwd = scenario.run.cwd, let expectation = scenario.alertExpectation else { return nil }
        let folder = base.appending(path: cwd).standardizedFileURL
        guard let configURL = ValeConfig.find(in: folder) else { return nil }
        let project = try ValeProject(configFile: configURL)
        let targets = (scenario.run.argv?.last ?? ".").split(separator: " ").map(String.init)
        var produced: Set<String> = []
        for target in targets {
            for path in files(target, in: folder, config: project.config) {
                let url = folder.appending(path: path)
                guard let contents = try? String(contentsOf: url, encoding: .utf8) else { continue }
                for alert in project.lint(contents: contents, path: path) {
                    produced.insert(AlertFormatter.line(alert))
                }
            }
        }
        let parts = cwd.split(separator: "/").map(String.init)
        let group = parts.firstIndex(of: "fixtures").flatMap { $0 + 1 < parts.count ? parts[$0 + 1] : nil } ?? ""
        return ScenarioOutcome(scenario: scenario.name, group: group, exact: expectation.exact, expected: expectation.lines, produced: produced)
    }

    /// The files Vale would lint for one command-line target, relative to `folder`.
    static func files(_ target: String, in folder: URL, config: ValeConfig) -> [String] {
        let root = folder.appending(path: target)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { return [] }
        var candidates: [String] = []
        if isDirectory.boolValue {
            let prefix = target == "." ? "" : target + "/"
            guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
            while let relative = enumerator.nextObject() as? String {
                var directory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: root.appending(path: relative).path, isDirectory: &directory)
                if !directory.boolValue { candidates.append(prefix + relative) }
            }
        } else {
            candidates = [target]
        }
        return candidates.sorted().filter { path in
            let ext = config.effectiveExtension(path)
            let lintable = markupExtensions.contains(ext.lowercased()) || ext == ".txt" || !valeKnownExtensions.contains(ext)
            return lintable && config.lints(path: path)
        }
    }
}
