import Foundation

/// A Vale configuration file (`.vale.ini`, `_vale`, `.vale`): where styles live, which rules
/// apply to which files, the minimum alert level, vocabularies and markup options.
///
/// Only what affects linting is read; other Vale keys (`Packages`, `NLPEndpoint`, `Transform`,
/// `Lang`...) are accepted and ignored, as Vale ignores keys it does not know.
public struct ValeConfig: Sendable {
    /// A glob section such as `[*.md]` or `[*.{md,txt}]`.
    public struct Section: Sendable {
        public var pattern: String
        /// The section's `BasedOnStyles`, nil when it sets none.
        public var basedOnStyles: [String]?
        /// `Style.Rule = YES|NO|level` lines: whether the rule is on.
        public var checks: [(name: String, enabled: Bool)]
        public var blockIgnores: [String]
        public var tokenIgnores: [String]
        var glob: GlobPattern
    }

    /// The config file, when loaded from disk.
    public var file: URL?
    /// Resolved `StylesPath`.
    public var stylesPath: URL?
    /// `MinAlertLevel`; Vale's default is `warning`.
    public var minimumLevel: Alert.Severity = .warning
    public var vocabularies: [String] = []
    /// `[formats]`: extension → the format it is linted as (`mdx = md`).
    public var formats: [String: String] = [:]
    /// `[*]` `BasedOnStyles`.
    public var globalStyles: [String] = []
    /// `[*]` rule switches.
    public var globalChecks: [(name: String, enabled: Bool)] = []
    public var sections: [Section] = []
    /// Levels set with `Style.Rule = suggestion|warning|error`.
    public var levels: [String: Alert.Severity] = [:]
    public var markup = MarkupOptions()
    /// `[*]` ignores.
    var globalBlockIgnores: [String] = []
    var globalTokenIgnores: [String] = []

    /// The names Vale looks for, in its order.
    public static let fileNames = [".vale", "_vale", "vale.ini", ".vale.ini", "_vale.ini"]

    public init() {}

    /// The config in `directory`, if it has one.
    public static func find(in directory: URL) -> URL? {
        for name in fileNames {
            let candidate = directory.appending(path: name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Reads a config file; `StylesPath` is resolved against the file's folder.
    ///
    /// - Throws: ``StyleLoadError`` for a missing file, an unknown `MinAlertLevel`, a core option
    ///   placed in a section or a section option in the core, each at its line.
    public static func load(_ url: URL) throws(StyleLoadError) -> ValeConfig {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw StyleLoadError([StyleDiagnostic(.error, "cannot read the Vale config: \(error.localizedDescription)", file: url.path)])
        }
        var config = try parse(text, file: url.path, directory: url.deletingLastPathComponent())
        config.file = url
        return config
    }

    static let coreKeys: Set<String> = [
        "StylesPath", "MinAlertLevel", "IgnoredScopes", "WordTemplate", "SkippedScopes", "IgnoredClasses", "Vocab", "NLPEndpoint",
        "Packages",
    ]
    static let syntaxKeys: Set<String> = [
        "BasedOnStyles", "IgnorePatterns", "BlockIgnores", "TokenIgnores", "Transform", "Lang", "CommentDelimiters",
    ]

    /// Parses config text.
    public static func parse(_ text: String, file: String, directory: URL) throws(StyleLoadError) -> ValeConfig {
        let ini = INIDocument(text)
        var config = ValeConfig()
        var errors: [StyleDiagnostic] = []
        let core = ini.sections[0]
        for key in core.keys {
            guard let entry = core.last(key) else { continue }
            switch key {
            case "StylesPath":
                config.stylesPath = resolve(entry.value, in: directory)
            case "MinAlertLevel":
                if let level = Alert.Severity(rawValue: entry.value) {
                    config.minimumLevel = level
                } else {
                    errors.append(StyleDiagnostic(.error, "MinAlertLevel must be 'suggestion', 'warning', or 'error', found '\(entry.value)'",
                                                  file: file, line: entry.line))
                }
            case "Vocab": config.vocabularies = INIDocument.list(core.values(key))
            case "IgnoredScopes": config.markup.ignoredTags = INIDocument.list(core.values(key))
            case "SkippedScopes": config.markup.skippedTags = INIDocument.list(core.values(key))
            case "IgnoredClasses": config.markup.ignoredClasses = INIDocument.list(core.values(key))
            default:
                if syntaxKeys.contains(key) {
                    errors.append(StyleDiagnostic(.error, "'\(key)' is a syntax-specific option", file: file, line: entry.line,
                                                  suggestion: "move it under a section such as [*.md]"))
                }
            }
        }
        for section in ini.sections.dropFirst() {
            switch section.name {
            case "formats":
                for entry in section.entries { config.formats[entry.key] = entry.value }
            case "asciidoctor", "DEFAULT":
                continue
            case "*":
                for key in section.keys {
                    let entries = section.values(key)
                    if coreKeys.contains(key) {
                        errors.append(coreMisplaced(key, entries[0], file))
                    } else if key == "BasedOnStyles" {
                        config.globalStyles = INIDocument.list(entries)
                    } else if key == "BlockIgnores" || key == "IgnorePatterns" {
                        config.globalBlockIgnores = INIDocument.list(entries)
                    } else if key == "TokenIgnores" {
                        config.globalTokenIgnores = INIDocument.list(entries)
                    } else if !syntaxKeys.contains(key) {
                        config.globalChecks.append((key, config.switchValue(key, entries.last!.value)))
                    }
                }
            default:
                var item = Section(pattern: section.name, basedOnStyles: nil, checks: [], blockIgnores: [], tokenIgnores: [], glob: GlobPattern(section.name))
                for key in section.keys {
                    let entries = section.values(key)
                    if coreKeys.contains(key) {
                        errors.append(coreMisplaced(key, entries[0], file))
                    } else if key == "BasedOnStyles" {
                        item.basedOnStyles = INIDocument.list(entries)
                    } else if key == "BlockIgnores" || key == "IgnorePatterns" {
                        item.blockIgnores = INIDocument.list(entries)
                    } else if key == "TokenIgnores" {
                        item.tokenIgnores = INIDocument.list(entries)
                    } else if !syntaxKeys.contains(key) {
                        item.checks.append((key, config.switchValue(key, entries.last!.value)))
                    }
                }
                config.sections.append(item)
            }
        }
        guard errors.isEmpty else { throw StyleLoadError(errors) }
        return config
    }

    /// Vale's `determinePath`: absolute and `~` paths as they are, others relative to the config's folder.
    static func resolve(_ path: String, in directory: URL) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        if path == "~" || path.hasPrefix("~/") {
            return FileManager.default.homeDirectoryForCurrentUser.appending(path: String(path.dropFirst(path == "~" ? 1 : 2))).standardizedFileURL
        }
        return directory.appending(path: path).standardizedFileURL
    }

    private static func coreMisplaced(_ key: String, _ entry: INIDocument.Entry, _ file: String) -> StyleDiagnostic {
        StyleDiagnostic(.error, "'\(key)' is a core option; it should be defined above any syntax-specific options ([...])",
                        file: file, line: entry.line)
    }

    /// Vale's `validateLevel`: YES or a level turns a rule on (a level also sets it), anything
    /// else turns it off.
    private mutating func switchValue(_ key: String, _ value: String) -> Bool {
        if let level = Alert.Severity(rawValue: value) {
            levels[key] = level
            return true
        }
        return value == "YES"
    }

    // MARK: Per-file selection

    /// The path Vale also matches sections against when `[formats]` maps the file's extension.
    func normalizedPath(_ path: String) -> String? {
        let ext = Linter.extensionOf(path, default: "")
        guard ext.count > 1, let mapped = formats[String(ext.dropFirst())] else { return nil }
        return String(path.dropLast(ext.count)) + "." + mapped
    }

    /// The extension a file is linted as, after `[formats]`.
    public func effectiveExtension(_ path: String) -> String {
        let ext = Linter.extensionOf(path, default: "")
        guard ext.count > 1, let mapped = formats[String(ext.dropFirst())] else { return ext }
        return "." + mapped
    }

    /// Vale's rule selection for one file (`NewFile` and `shouldRun`): the base styles of the
    /// last matching section (or the global ones), and rule switches from `[*]` and matching
    /// sections, a section's switch winning over the global one.
    public func selection(forFile path: String) -> (styles: [String], checks: [String: Bool]) {
        var styles = globalStyles
        var checks: [String: Bool] = [:]
        let paths = [path] + (normalizedPath(path).map { [$0] } ?? [])
        for candidate in paths {
            for section in sections where section.basedOnStyles != nil && section.glob.matches(candidate) {
                styles = section.basedOnStyles!
            }
            for section in sections where section.glob.matches(candidate) {
                for check in section.checks { checks[check.name] = check.enabled }
            }
        }
        for check in globalChecks where checks[check.name] == nil { checks[check.name] = check.enabled }
        return (styles, checks)
    }

    /// Whether Vale lints the file at all: with no `[*]` styles or switches, only files that
    /// some section's glob matches are linted.
    public func lints(path: String) -> Bool {
        guard globalStyles.isEmpty && globalChecks.isEmpty else { return true }
        let paths = [path] + (normalizedPath(path).map { [$0] } ?? [])
        return sections.contains { section in paths.contains(where: section.glob.matches) }
    }

    /// Whether Vale would run `rule` (named `Style.Rule`) on the file with `selection`.
    static func runs(_ name: String, _ selection: (styles: [String], checks: [String: Bool])) -> Bool {
        var key = name
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 2 { key = "\(parts[0]).\(parts[1])" }
        if let enabled = selection.checks[key] { return enabled }
        return selection.styles.contains(String(parts[0]))
    }

    /// Every style any section or switch refers to.
    var referencedStyles: [String] {
        var styles: [String] = []
        func add(_ style: String) { if !styles.contains(style) { styles.append(style) } }
        globalStyles.forEach(add)
        for section in sections { section.basedOnStyles?.forEach(add) }
        return styles
    }

    /// Every `Style.Rule` switched on or off anywhere.
    var referencedChecks: [String] {
        var names: [String] = []
        for check in globalChecks where !names.contains(check.name) { names.append(check.name) }
        for section in sections { for check in section.checks where !names.contains(check.name) { names.append(check.name) } }
        return names
    }

    /// Block and token ignores that apply to a file.
    func ignores(forFile path: String) -> (blocks: [String], tokens: [String]) {
        var blocks = globalBlockIgnores
        var tokens = globalTokenIgnores
        // Vale matches these sections against the extension only (`.md`), real and mapped.
        let extensions = [Linter.extensionOf(path, default: ""), effectiveExtension(path)]
        for section in sections where extensions.contains(where: section.glob.matches) {
            blocks += section.blockIgnores
            tokens += section.tokenIgnores
        }
        return (blocks, tokens)
    }
}
