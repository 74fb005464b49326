import Foundation

/// Runs style rules over Markdown or plain text the way Vale does, and returns alerts
/// positioned in the original text.
///
/// A linter is built once for a set of rules (it indexes their literals for a fast pre-scan)
/// and is safe to share between tasks; each call lints one text.
public struct Linter: Sendable {
    /// The rules that run, sorted by name, those below `minimumLevel` left out.
    public let rules: [StyleRule]
    public let minimumLevel: Alert.Severity
    public let markup: MarkupOptions
    public let positioning: AlertPositioning
    let literals: LiteralIndex?
    let entries: [RuleEntry]
    let needsSentences: Bool
    let needsParagraphs: Bool

    /// - Parameters:
    ///   - rules: the rules to run (rules of unsupported check types are kept but report nothing).
    ///   - minimumLevel: rules whose level is lower do not run (Vale's `MinAlertLevel`).
    ///   - vocabulary: accepted terms (a Vale `Vocab`'s `accept.txt`), added to the exceptions of
    ///     every rule that has `vocab: true` (the default).
    ///   - markup: which HTML tags and classes are skipped or masked.
    ///   - positioning: where alerts whose text spans markup are reported.
    public init(
        rules: [StyleRule], minimumLevel: Alert.Severity = .suggestion, vocabulary: [String] = [], markup: MarkupOptions = MarkupOptions(),
        positioning: AlertPositioning = .exact
    ) {
        let kept = rules.filter { $0.level >= minimumLevel }.map { $0.adding(vocabulary: vocabulary) }.sorted { $0.name < $1.name }
        self.rules = kept
        self.minimumLevel = minimumLevel
        self.markup = markup
        self.positioning = positioning
        let patterns = kept.flatMap { $0.check?.patterns ?? [] }
        let literals = patterns.isEmpty ? nil : LiteralIndex(patterns: patterns)
        self.literals = literals
        entries = kept.compactMap { RuleEntry($0, index: literals) }
        // Vale splits into sentences and paragraphs only when a loaded rule asks for them.
        needsSentences = rules.contains { $0.ruleScope.mentions("sentence") }
        needsParagraphs = rules.contains { $0.ruleScope.mentions("paragraph") }
    }

    /// Lints Markdown: front matter and code are skipped, inline code and bare URLs are masked,
    /// headings, lists, tables and quotes get their scopes, `<!-- vale off -->` is honoured.
    ///
    /// - Parameters:
    ///   - markdown: the text (CR and CRLF line breaks are fine).
    ///   - file: the path to put in alerts; its extension names the scopes (`text.md`).
    /// - Returns: alerts in Vale's `--sort` order.
    public func lint(markdown: String, file: String) -> [Alert] {
        let source = SourceText(markdown)
        let ext = Self.extensionOf(file, default: ".md")
        let run = LintRun(linter: self, source: source, file: file)
        let summaryScope = BlockScope("summary\(ext)")
        let needsSummary = entries.contains { $0.scope.matches(summaryScope) }
        let document = MarkdownDocument(source: source, options: markup, collectsSummary: needsSummary)
        run.state.metrics = document.metrics
        for item in document.items {
            switch item {
            case .prose(let text): run.lintProse(text, ext: ext)
            case .scoped(let text, let scope): run.lintScoped(text, scope: scope.hasPrefix("text.attr") ? scope : scope + ext)
            case .comment(let comment): run.controls.apply(comment)
            }
        }
        run.controls.resetRules()
        if needsSummary {
            run.state.summary = document.summary.string
            run.lintScoped(document.summary, scope: "summary\(ext)")
        }
        run.lintSource(scope: "raw\(ext)")
        return run.alerts.sorted()
    }

    /// Lints plain text (a `.txt` file, or a message): the whole text is prose, split into
    /// paragraphs and sentences as rules need.
    public func lint(text: String, file: String) -> [Alert] {
        let source = SourceText(text)
        let ext = Self.extensionOf(file, default: ".txt")
        let run = LintRun(linter: self, source: source, file: file)
        run.lintProse(MappedText(units: source.utf16, offsets: source.utf16.indices.map { Int32($0) }), ext: ext)
        run.lintSource(scope: "raw\(ext)")
        return run.alerts.sorted()
    }

    /// Lints a file's contents by its extension, as Vale picks a format: Markdown for `.md`,
    /// `.markdown`, `.mdown`, `.markdn`; prose for `.txt`; any other text as one plain block.
    public func lint(contents: String, path: String) -> [Alert] {
        let ext = Self.extensionOf(path, default: "")
        switch ext.lowercased() {
        case ".md", ".mdown", ".markdown", ".markdn": return lint(markdown: contents, file: path)
        case ".txt": return lint(text: contents, file: path)
        default:
            let source = SourceText(contents)
            let run = LintRun(linter: self, source: source, file: path)
            run.lintScoped(MappedText(units: source.utf16, offsets: source.utf16.indices.map { Int32($0) }), scope: "text\(ext)")
            run.lintSource(scope: "raw\(ext)")
            return run.alerts.sorted()
        }
    }

    static func extensionOf(_ path: String, default fallback: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return String(name[dot...])
    }
}
