import Foundation
import LaunchKitCore
import LaunchKitStyles

/// `launchkit lint`'s engine: the Vale rules of the message-simplification stage run over any
/// Markdown or text file, so a README, a blog post or a press release gets the same checks as the
/// kit's messages.
///
/// The kit-aware rules (jargon by persona, acronyms, benefit, proof point, reading grade) need a
/// kit's glossary and personas, so they run only in `launchkit build`; here the `launchkit` pack
/// brings its Vale rules.
public struct DocumentLinter: Sendable {
    /// The file extensions a directory is searched for: Markdown and text, as Vale reads them.
    public static let extensions: Set<String> = ["md", "markdown", "mdown", "markdn", "txt"]

    private let linter: Linter?
    private let project: ValeProject?
    /// Problems that do not stop linting (rule options the engine ignores, unknown rules in a config).
    public let warnings: [Diagnostic]

    /// - Parameters:
    ///   - styles: `launchkit` or Vale style folders, relative to `workingDirectory`.
    ///   - valeConfig: a `.vale.ini` whose styles, levels and sections apply as Vale applies them;
    ///     `styles` then run in addition to it.
    ///   - minimumLevel: alerts below this level are left out (with a config, the config's
    ///     `MinAlertLevel` applies to its own styles).
    ///   - maxSentenceWords: the limit of `launchkit.SentenceLength`.
    ///   - workingDirectory: what relative paths are relative to.
    /// - Throws: ``DiagnosticError`` for a missing style folder or config, or a rule file or config
    ///   that does not load, located in it.
    public init(
        styles: [String], valeConfig: String? = nil, minimumLevel: Diagnostic.Severity = .suggestion,
        maxSentenceWords: Int = LaunchKitPack.defaultMaxSentenceWords, workingDirectory: URL
    ) throws(DiagnosticError) {
        let display = { (path: String) in Self.displayPath(path, in: workingDirectory) }
        let selection = try StyleSelection.load(
            styles.map { InputPath($0) }, maxSentenceWords: maxSentenceWords,
            resolve: { URL(fileURLWithPath: $0.path, relativeTo: workingDirectory).standardizedFileURL }, displayPath: display)
        linter = selection.rules.isEmpty ? nil : Linter(rules: selection.rules, minimumLevel: Alert.Severity(minimumLevel))
        var warnings = selection.warnings
        if let valeConfig {
            let url = URL(fileURLWithPath: valeConfig, relativeTo: workingDirectory).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw DiagnosticError(.error("no Vale config at '\(valeConfig)'", rule: "lint.missing-config", suggestion: "give the path of a .vale.ini"))
            }
            do {
                let project = try ValeProject(configFile: url)
                warnings += project.warnings.map { Diagnostic($0, displayPath: display, rule: "styles.unsupported") }
                self.project = project
            } catch {
                throw DiagnosticError(error.diagnostics.map { Diagnostic($0, displayPath: display, rule: "styles.invalid-config") })
            }
        } else {
            project = nil
        }
        self.warnings = warnings
    }

    /// Lints one file's text, as Markdown or text by its extension.
    ///
    /// - Parameters:
    ///   - contents: the text.
    ///   - path: the path to print in alerts, and to match a config's sections against.
    /// - Returns: the alerts in Vale's order (file, line, column).
    public func lint(contents: String, path: String) -> [Alert] {
        var alerts = linter?.lint(contents: contents, path: path) ?? []
        if let project, project.config.lints(path: path) {
            alerts += project.lint(contents: contents, path: path)
        }
        return alerts.sorted()
    }

    /// The files to lint: each path as given when it is a file; the Markdown and text files under
    /// it, sorted, when it is a directory (hidden folders left out).
    ///
    /// - Throws: ``DiagnosticError`` naming every path that does not exist.
    public static func files(_ paths: [String], workingDirectory: URL) throws(DiagnosticError) -> [String] {
        var files: [String] = []
        var problems: [Diagnostic] = []
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append(.error("no such file or directory: '\(path)'", rule: "lint.missing-file"))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            var found: [String] = []
            let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            while let file = enumerator?.nextObject() as? URL {
                guard extensions.contains(file.pathExtension.lowercased()),
                      (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let relative = String(file.standardizedFileURL.path.dropFirst(url.path.count).drop { $0 == "/" })
                found.append(path.hasSuffix("/") ? path + relative : path + "/" + relative)
            }
            files += found.sorted()
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return files
    }

    /// A path relative to the working directory when it is inside it.
    static func displayPath(_ path: String, in workingDirectory: URL) -> String {
        let base = workingDirectory.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
