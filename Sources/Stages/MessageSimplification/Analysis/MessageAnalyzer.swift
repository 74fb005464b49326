import LaunchKitCore
import LaunchKitStyles

/// Runs the rules of a run over one message at a time: the Vale rules of the selected styles
/// through the style engine, then the kit-aware rules; applies the user's `rules:` settings and
/// `min-level`; scores the text and proposes its rewrite.
///
/// Built once per run and shared: the style engine indexes the rules' words once.
struct MessageAnalyzer: Sendable {
    /// What the rules found in a message, and what the rewrite made of it.
    struct Analysis: Sendable {
        /// In text order; findings about the message as a whole first.
        var findings: [RuleFinding]
        var scores: ReadabilityScores?
        var rewrite: String?
        var rewriteScores: ReadabilityScores?
    }

    private let linter: Linter
    private let kitRules: [any MessageRule.Type]
    private let settings: RuleSettings
    private let minimumLevel: Diagnostic.Severity
    /// Rules whose suggestions are swaps the rewrite may make (Vale substitutions).
    private let swapRules: Set<String>

    /// - Parameters:
    ///   - styleRules: the Vale rules of the selected styles.
    ///   - kitRules: the kit-aware rules (those of the `launchkit` pack when it is selected).
    ///   - settings: the user's severity changes; `off` rules do not run.
    ///   - minimumLevel: findings below this severity (after `settings`) are left out.
    init(styleRules: [StyleRule], kitRules: [any MessageRule.Type], settings: RuleSettings = RuleSettings(), minimumLevel: Diagnostic.Severity = .suggestion) {
        var kept: [StyleRule] = []
        for var rule in styleRules {
            if let setting = settings.setting(for: rule.name) {
                guard let severity = setting.severity else { continue }
                rule.level = Alert.Severity(severity)
            }
            kept.append(rule)
        }
        linter = Linter(rules: kept, minimumLevel: Alert.Severity(minimumLevel))
        self.kitRules = kitRules.filter { settings.setting(for: $0.description.id) != .off }
        self.settings = settings
        self.minimumLevel = minimumLevel
        swapRules = Set(kept.filter { $0.kind == .substitution }.map(\.name))
    }

    /// Checks one message for its audience.
    func analyze(_ message: Message, audience: Audience, glossary: Glossary) -> Analysis {
        let scores = ReadabilityScores.of(message.text)
        let text = ScalarText(message.text)
        var findings = linter.lint(text: message.text, file: "message.txt").map { finding(for: $0, in: text) }
        let context = MessageContext(message: message, text: text, audience: audience, glossary: glossary, scores: scores)
        for rule in kitRules {
            findings += rule.check(context).map { finding in
                var finding = finding
                if let severity = settings.setting(for: finding.rule)?.severity { finding.severity = severity }
                return finding
            }
        }
        findings = findings.filter { $0.severity >= minimumLevel }
        findings.sort { ($0.textOffset ?? -1, $0.rule, $0.message) < ($1.textOffset ?? -1, $1.rule, $1.message) }
        let rewrite = MessageRewriter.rewrite(text, applying: findings.compactMap(\.fix))
        return Analysis(findings: findings, scores: scores, rewrite: rewrite, rewriteScores: rewrite.flatMap(ReadabilityScores.of))
    }

    /// A style alert as a finding, with its position turned into text offsets.
    private func finding(for alert: Alert, in text: ScalarText) -> RuleFinding {
        let lineStart = text.offset(ofLine: alert.line)
        let start = min(text.count, lineStart + alert.column - 1)
        let length = alert.match.isEmpty ? alert.span.count : alert.match.unicodeScalars.count
        let range = start..<min(text.count, start + length)
        let replacement = alert.suggestion.flatMap { $0.isEmpty ? nil : $0 }
        return RuleFinding(
            rule: alert.check, severity: Diagnostic.Severity(alert.severity), message: alert.message, placement: .text(range),
            suggestion: replacement,
            fix: swapRules.contains(alert.check) ? replacement.map { TextEdit(range: range, replacement: $0) } : nil)
    }
}

extension Alert.Severity {
    init(_ severity: Diagnostic.Severity) {
        switch severity {
        case .suggestion: self = .suggestion
        case .warning: self = .warning
        case .error: self = .error
        }
    }
}

extension Diagnostic.Severity {
    init(_ severity: Alert.Severity) {
        switch severity {
        case .suggestion: self = .suggestion
        case .warning: self = .warning
        case .error: self = .error
        }
    }
}
