import Foundation

/// A Vale config with its styles loaded: picks the rules for each file and lints it as Vale
/// would with `vale --output=line --sort`.
///
/// Styles are loaded once; linters are built once per distinct set of rules and reused, since
/// most files of a project share their rules.
public final class ValeProject: @unchecked Sendable {
    public let config: ValeConfig
    /// Every rule loaded, by name.
    public let rules: [String: StyleRule]
    public let vocabulary: Vocabulary
    /// Problems that did not stop loading (unknown rules in the config, unsupported options).
    public let warnings: [StyleDiagnostic]

    private let lock = NSLock()
    private var linters: [[String]: Linter] = [:]

    /// Loads the styles and vocabularies `config` refers to from its `StylesPath`.
    ///
    /// - Throws: ``StyleLoadError`` when a style named in `BasedOnStyles` does not exist, or a
    ///   rule file is invalid.
    public init(config: ValeConfig) throws(StyleLoadError) {
        self.config = config
        var rules: [String: StyleRule] = [:]
        var warnings: [StyleDiagnostic] = []
        var errors: [StyleDiagnostic] = []
        var vocabulary = Vocabulary()
        let file = config.file?.path
        for name in config.vocabularies {
            guard let root = config.stylesPath?.appending(path: "config/vocabularies/\(name)"),
                  FileManager.default.fileExists(atPath: root.path) else {
                errors.append(StyleDiagnostic(.error, "'config/vocabularies/\(name)' directory does not exist", file: file))
                continue
            }
            do {
                let loaded = try Vocabulary.load(directory: root)
                vocabulary.accepted += loaded.accepted
                vocabulary.rejected += loaded.rejected
            } catch {
                errors.append(StyleDiagnostic(.error, "cannot read vocabulary '\(name)': \(error.localizedDescription)", file: file))
            }
        }
        let needsVale = config.referencedStyles.contains("Vale") || config.referencedChecks.contains { $0.hasPrefix("Vale") }
        if needsVale {
            for rule in Self.builtInRules(vocabulary) { rules[rule.name] = rule }
        }
        for style in config.referencedStyles where style != "Vale" {
            guard let directory = config.stylesPath?.appending(path: style), FileManager.default.fileExists(atPath: directory.path) else {
                errors.append(StyleDiagnostic(.error, "style '\(style)' does not exist on StylesPath", file: file))
                continue
            }
            do {
                let pack = try StylePack.load(directory: directory)
                for rule in pack.rules where rules[rule.name] == nil { rules[rule.name] = rule }
            } catch {
                errors.append(contentsOf: error.diagnostics)
            }
        }
        for name in config.referencedChecks where rules[name] == nil {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] != "Vale", let root = config.stylesPath else { continue }
            let url = root.appending(path: "\(parts[0])/\(parts[1]).yml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                warnings.append(StyleDiagnostic(.warning, "rule '\(name)' is not on StylesPath; it is ignored", file: file))
                continue
            }
            do {
                rules[name] = try StyleRule.load(contentsOf: url)
            } catch {
                errors.append(contentsOf: error.diagnostics)
            }
        }
        guard errors.isEmpty else { throw StyleLoadError(errors) }
        for (name, level) in config.levels {
            rules[name]?.level = level
        }
        self.rules = rules
        self.vocabulary = vocabulary
        self.warnings = warnings + rules.values.flatMap(\.warnings)
    }

    /// Loads the config at `url` and its styles.
    public convenience init(configFile url: URL) throws(StyleLoadError) {
        try self.init(config: ValeConfig.load(url))
    }

    /// Vale's built-in `Vale` style: repeated words, and the vocabulary rules.
    static func builtInRules(_ vocabulary: Vocabulary) -> [StyleRule] {
        let repetition = """
            extends: repetition
            message: "'%s' is repeated!"
            level: error
            alpha: true
            action:
              name: edit
              params:
                - truncate
                - " "
            tokens:
              - '[^\\s]+'
            """
        var rules = vocabulary.rules()
        if let rule = try? StyleRule.load(yaml: repetition, name: "Vale.Repetition") { rules.append(rule) }
        return rules
    }

    /// The rules Vale runs on the file at `path` (relative to where Vale runs, as in the config's globs).
    public func rules(forFile path: String) -> [StyleRule] {
        let selection = config.selection(forFile: path)
        return rules.values.filter { ValeConfig.runs($0.name, selection) }.sorted { $0.name < $1.name }
    }

    /// A linter for the file at `path`, shared with every file that has the same rules.
    public func linter(forFile path: String) -> Linter {
        let selected = rules(forFile: path)
        let ignores = config.ignores(forFile: path)
        let key = selected.map(\.name) + ["|"] + ignores.blocks + ["|"] + ignores.tokens
        lock.lock()
        defer { lock.unlock() }
        if let cached = linters[key] { return cached }
        var markup = config.markup
        markup.blockIgnores = ignores.blocks
        markup.tokenIgnores = ignores.tokens
        let linter = Linter(rules: selected, minimumLevel: config.minimumLevel, vocabulary: vocabulary.accepted, markup: markup, positioning: .vale)
        linters[key] = linter
        return linter
    }

    /// Lints one file's contents as Vale would, by its extension after `[formats]`.
    ///
    /// - Parameters:
    ///   - contents: the file's text.
    ///   - path: the path to match sections against and to print.
    public func lint(contents: String, path: String) -> [Alert] {
        let linter = linter(forFile: path)
        let ext = config.effectiveExtension(path)
        switch ext.lowercased() {
        case ".md", ".mdown", ".markdown", ".markdn": return linter.lint(markdown: contents, file: path)
        case ".txt": return linter.lint(text: contents, file: path)
        default: return linter.lint(contents: contents, path: path)
        }
    }
}
