import Foundation
import LaunchKitYAML

/// Turns one rule file's fields into a ``StyleRule``: checks keys and types, translates and
/// compiles the regexes, and collects every problem with its position.
///
/// Loading is strict where Vale is strict (Vale rejects unknown keys too): an unknown key is an
/// error with the nearest known key. Known Vale options this engine does not act on load with a
/// warning, so third-party packs stay usable.
struct RuleBuilder {
    let name: String
    var fields: RuleFields
    var warnings: [StyleDiagnostic] = []

    init(name: String, root: Node, file: String?) throws(StyleLoadError) {
        self.name = name
        fields = try RuleFields(root: root, file: file)
    }

    var file: String? { fields.file }

    static let commonKeys: Set<String> = ["extends", "message", "description", "level", "limit", "link", "scope", "action", "code"]
    static let keysByKind: [StyleRule.Kind: Set<String>] = [
        .existence: ["raw", "tokens", "exceptions", "append", "ignorecase", "nonword", "vocab"],
        .substitution: ["swap", "exceptions", "ignorecase", "nonword", "vocab", "capitalize", "pos"],
        .occurrence: ["token", "max", "min", "ignorecase"],
        .repetition: ["tokens", "max", "ignorecase", "alpha", "vocab", "exceptions"],
        .capitalization: ["match", "style", "exceptions", "indicators", "threshold", "vocab", "prefix"],
        .metric: ["formula", "condition"],
        .conditional: ["first", "second", "exceptions", "ignorecase", "vocab"],
        .consistency: ["either", "nonword", "ignorecase"],
        .readability: ["metrics", "grade"],
    ]
    /// Options Vale itself documents as ignored or deprecated.
    static let ignoredKeys: Set<String> = ["pos"]

    mutating func build() throws(StyleLoadError) -> StyleRule {
        guard let extendsValue = fields.string("extends") else {
            if !fields.has("extends") {
                fields.fail("missing required key 'extends'", at: fields.mapping.mark,
                            suggestion: "add 'extends:' with one of \(StyleRule.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            throw StyleLoadError(fields.errors)
        }
        guard let kind = StyleRule.Kind(rawValue: extendsValue.value) else {
            let suggestion = NearestMatch.find(extendsValue.value, in: StyleRule.Kind.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
                ?? "expected one of: \(StyleRule.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
            fields.fail("unknown check type '\(extendsValue.value)' in 'extends'", at: extendsValue.mark, suggestion: suggestion)
            throw StyleLoadError(fields.errors)
        }
        checkKeys(for: kind)
        let message = fields.string("message")
        if message == nil && !fields.has("message") {
            fields.fail("missing required key 'message'", at: fields.mapping.mark, suggestion: "add 'message:' with the text of the alert")
        }
        var level = Alert.Severity.warning
        if let written = fields.string("level") {
            if let parsed = Alert.Severity(rawValue: written.value) {
                level = parsed
            } else {
                fields.fail("unknown level '\(written.value)'", at: written.mark,
                            suggestion: NearestMatch.find(written.value, in: Alert.Severity.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
                                ?? "expected suggestion, warning or error")
            }
        }
        if fields.bool("code") == true {
            fields.fail("'code' is no longer supported", at: fields.pair("code")?.key, suggestion: "use 'scope: raw' instead")
        }
        let scopes = readScopes(kind: kind)
        let action = readAction()
        let limit = fields.int("limit") ?? 0
        let text = AlertText(message: message?.value ?? "", action: action)

        var check: (any RuleCheck)?
        switch kind {
        case .existence: check = buildExistence(text)
        case .substitution: check = buildSubstitution(message: message?.value ?? "", action: action)
        case .occurrence: check = buildOccurrence(text)
        case .repetition: check = buildRepetition(text)
        case .capitalization: check = buildCapitalization(text)
        case .metric: check = buildMetric(text)
        case .conditional: check = buildConditional(text)
        case .consistency: check = buildConsistency(text)
        case .readability: check = buildReadability(text)
        case .spelling, .sequence, .script:
            warnings.append(StyleDiagnostic(.warning, "'extends: \(kind.rawValue)' is not supported; the rule loads but reports nothing",
                                            file: file, mark: fields.pair("extends")?.value.mark))
        }
        guard fields.errors.isEmpty else { throw StyleLoadError(fields.errors) }
        var effectiveScopes = scopes
        if kind == .metric { effectiveScopes = ["summary"] }
        if kind == .readability, let metrics = fields.strings("metrics")?.map(\.value),
           metrics.allSatisfy(ReadabilityCheck.metricNames.contains) {
            effectiveScopes = ["summary"]
        }
        return StyleRule(
            name: name, kind: kind, level: level, message: message?.value ?? "", link: fields.string("link")?.value,
            description: fields.string("description")?.value, scope: effectiveScopes, action: action, limit: limit,
            warnings: warnings, ruleScope: RuleScope(effectiveScopes), check: check)
    }

    private mutating func checkKeys(for kind: StyleRule.Kind) {
        guard let specific = Self.keysByKind[kind] else { return }
        let allowed = Self.commonKeys.union(specific)
        for pair in fields.mapping.pairs {
            guard let key = pair.key.scalar?.string else {
                fields.fail("expected a string key, found \(pair.key.kindDescription)", at: pair.key)
                continue
            }
            if Self.ignoredKeys.contains(key) && allowed.contains(key) {
                warnings.append(StyleDiagnostic(.warning, "'\(key)' is deprecated in Vale and ignored", file: file, mark: pair.key.mark))
            } else if !allowed.contains(key) {
                let article = "aeiou".contains(kind.rawValue.first ?? "x") ? "an" : "a"
                let suggestion = NearestMatch.find(key, in: allowed).map { "did you mean '\($0)'?" }
                    ?? "\(article) \(kind.rawValue) rule accepts: \(allowed.sorted().joined(separator: ", "))"
                fields.fail("unknown key '\(key)' for \(article) \(kind.rawValue) rule", at: pair.key, suggestion: suggestion)
            }
        }
    }

    private mutating func readScopes(kind: StyleRule.Kind) -> [String] {
        guard let written = fields.strings("scope"), !written.isEmpty else { return ["text"] }
        for scope in written where !scope.value.contains("&") {
            var base = scope.value.trimmingCharacters(in: .whitespaces)
            if base.hasPrefix("~") { base.removeFirst() }
            base = String(base.prefix { $0 != "." })
            if RuleScope.retired.contains(base) {
                fields.fail("scope '\(base)' is no longer supported", at: scope.mark, suggestion: "use 'raw' and match the markup instead")
            } else if !RuleScope.allowed.contains(base) {
                let suggestion = NearestMatch.find(base, in: RuleScope.allowed).map { "did you mean '\($0)'?" }
                    ?? "expected one of: \(RuleScope.allowed.sorted().joined(separator: ", "))"
                fields.fail("unknown scope '\(scope.value)'", at: scope.mark, suggestion: suggestion)
            }
        }
        return written.map(\.value)
    }

    private mutating func readAction() -> RuleAction? {
        guard let node = fields.pair("action")?.value else { return nil }
        guard case .mapping(let mapping) = node else {
            fields.fail("expected a mapping with 'name' and 'params' for 'action', found \(node.kindDescription)", at: node)
            return nil
        }
        var action = RuleAction(name: "")
        for pair in mapping.pairs {
            let key = pair.key.scalar?.string ?? ""
            switch key {
            case "name":
                guard case .scalar(let scalar) = pair.value, !scalar.isNull else {
                    fields.fail("expected a string for 'action.name'", at: pair.value)
                    continue
                }
                action.name = scalar.string
                if !RuleAction.knownNames.contains(scalar.string) {
                    fields.fail("unknown action '\(scalar.string)'", at: pair.value,
                                suggestion: NearestMatch.find(scalar.string, in: RuleAction.knownNames).map { "did you mean '\($0)'?" }
                                    ?? "expected one of: \(RuleAction.knownNames.joined(separator: ", "))")
                }
            case "params":
                switch pair.value {
                case .sequence(let sequence): action.params = sequence.nodes.compactMap { $0.scalar?.string }
                case .scalar(let scalar) where !scalar.isNull: action.params = [scalar.string]
                default: break
                }
            default:
                fields.fail("unknown key '\(key)' in 'action'", at: pair.key,
                            suggestion: NearestMatch.find(key, in: ["name", "params"]).map { "did you mean '\($0)'?" } ?? "expected name or params")
            }
        }
        return action.name.isEmpty ? nil : action
    }

    // MARK: Regexes

    /// Translates one regex written in the rule, reporting problems at its position.
    mutating func translate(_ source: SourceString, field: String) -> ValeRegexTranslator.Result? {
        do {
            return try ValeRegexTranslator.translate(source.value)
        } catch {
            fields.fail("invalid regular expression in '\(field)': \(error.message)", at: source.mark(atOffset: error.offset))
            return nil
        }
    }

    mutating func reportCompileFailure(_ error: PatternCompileError, sources: [SourceString], field: String) {
        if let index = error.alternative, index < sources.count {
            fields.fail("invalid regular expression in '\(field)[\(index)]': the regex engine (ICU) rejects '\(sources[index].value)'",
                        at: sources[index].mark, suggestion: "ICU does not support unbounded look-behind or .NET-only constructs")
        } else {
            fields.fail("invalid regular expression in '\(field)': the combined pattern does not compile",
                        at: fields.pair(field)?.value.mark ?? fields.mapping.mark)
        }
    }

    mutating func exceptionList(_ terms: [SourceString]) -> ExceptionList {
        do {
            return try ExceptionList(terms.map(\.value))
        } catch {
            reportCompileFailure(error, sources: terms, field: "exceptions")
            return .empty
        }
    }

    /// Vale's `makeRegexp` + `Sprintf`: the word or non-word template around the alternatives,
    /// `raw` before (or with `append`, after) it, `(?i)` in front for `ignorecase`.
    mutating func tokenPattern(
        _ tokens: [SourceString], field: String, word: Bool, ignoreCase: Bool, raw: [SourceString] = [], appendRaw: Bool = false,
        captures: Bool = false, stripInnerCaptures: Bool = false
    ) -> TokenPattern? {
        var rawICU = ""
        var rawGroups = 0
        for part in raw {
            guard let translated = translate(part, field: "raw") else { return nil }
            rawICU += translated.pattern
            rawGroups += translated.captureCount
        }
        // Every match holds a match of `raw` too, so its literals narrow the pre-scan further
        // (proselint's Uncomparables: "more" or "most" before "correct", "main", ...).
        let rawRequirement = raw.isEmpty || tokens.isEmpty ? nil : RequiredLiterals.ofEveryMatch(raw.map(\.value).joined(), caseInsensitive: ignoreCase)
        var alternatives: [TokenPattern.Alternative] = []
        for (index, token) in tokens.enumerated() {
            var source = token
            if stripInnerCaptures { source.value = Self.nonCapturing(source.value) }
            guard let translated = translate(source, field: "\(field)[\(index)]") else { return nil }
            alternatives.append(TokenPattern.Alternative(
                pattern: translated.pattern, innerGroups: translated.captureCount,
                requirement: RequiredLiterals.both(RequiredLiterals.of(source.value, caseInsensitive: ignoreCase), rawRequirement)))
        }
        var head = ignoreCase ? "(?i)" : ""
        var tail: String
        if tokens.isEmpty && !raw.isEmpty {
            // Only `raw`: it is the pattern (`raw(?m)(?:)` in Vale), and its literals can be indexed.
            let source = raw.map(\.value).joined()
            alternatives = [TokenPattern.Alternative(pattern: rawICU, innerGroups: rawGroups,
                                                     requirement: RequiredLiterals.of(source, caseInsensitive: ignoreCase))]
            tail = "(?m)(?:)"
            rawGroups = 0
        } else {
            if !appendRaw { head += rawICU }
            head += word ? "(?m)\\b(?:" : "(?m)(?:"
            tail = word ? ")\\b" : ")"
            if appendRaw { tail += rawICU }
        }
        do {
            return try TokenPattern(head: head, tail: tail, headGroups: appendRaw ? 0 : rawGroups, alternatives: alternatives,
                                    capturesAlternatives: captures, caseInsensitive: ignoreCase)
        } catch {
            reportCompileFailure(error, sources: tokens, field: field)
            return nil
        }
    }

    mutating func singlePattern(_ source: SourceString, field: String, ignoreCase: Bool) -> TokenPattern? {
        guard let translated = translate(source, field: field) else { return nil }
        do {
            return try TokenPattern(single: translated.pattern, innerGroups: translated.captureCount, caseInsensitive: ignoreCase,
                                    literalSource: source.value)
        } catch {
            fields.fail("invalid regular expression in '\(field)': the regex engine (ICU) rejects it", at: source.mark,
                        suggestion: "ICU does not support unbounded look-behind or .NET-only constructs")
            return nil
        }
    }

    /// Whether `text` is empty once `CharacterSet.whitespaces` is trimmed (tab, the space
    /// separators of category Zs, and U+200B, checked against Foundation for every scalar),
    /// without going through Foundation's trimming, a sixth of the time spent building rules.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// Vale's `convertCaptureGroups`: `(` not escaped and not followed by `?` becomes `(?:`.
    static func nonCapturing(_ pattern: String) -> String {
        // Most swap keys are plain words: no group, nothing to convert.
        guard pattern.utf8.contains(UInt8(ascii: "(")) else { return pattern }
        let opens = pattern.components(separatedBy: "(").count - 1
        let special = pattern.components(separatedBy: "(?").count - 1 + pattern.components(separatedBy: "\\(").count - 1
        guard opens != special else { return pattern }
        var result = ""
        var previous: Character = " "
        let characters = Array(pattern)
        for (index, character) in characters.enumerated() {
            if character == "(" && previous != "\\" && (index + 1 >= characters.count || characters[index + 1] != "?") {
                result += "(?:"
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }
}
