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
    private mutating func translate(_ source: SourceString, field: String) -> ValeRegexTranslator.Result? {
        do {
            return try ValeRegexTranslator.translate(source.value)
        } catch {
            fields.fail("invalid regular expression in '\(field)': \(error.message)", at: source.mark(atOffset: error.offset))
            return nil
        }
    }

    private mutating func reportCompileFailure(_ error: PatternCompileError, sources: [SourceString], field: String) {
        if let index = error.alternative, index < sources.count {
            fields.fail("invalid regular expression in '\(field)[\(index)]': the regex engine (ICU) rejects '\(sources[index].value)'",
                        at: sources[index].mark, suggestion: "ICU does not support unbounded look-behind or .NET-only constructs")
        } else {
            fields.fail("invalid regular expression in '\(field)': the combined pattern does not compile",
                        at: fields.pair(field)?.value.mark ?? fields.mapping.mark)
        }
    }

    private mutating func exceptionList(_ terms: [SourceString]) -> ExceptionList {
        do {
            return try ExceptionList(terms.map(\.value))
        } catch {
            reportCompileFailure(error, sources: terms, field: "exceptions")
            return .empty
        }
    }

    /// Vale's `makeRegexp` + `Sprintf`: the word or non-word template around the alternatives,
    /// `raw` before (or with `append`, after) it, `(?i)` in front for `ignorecase`.
    private mutating func tokenPattern(
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
        var alternatives: [TokenPattern.Alternative] = []
        for (index, token) in tokens.enumerated() {
            var source = token
            if stripInnerCaptures { source.value = Self.nonCapturing(source.value) }
            guard let translated = translate(source, field: "\(field)[\(index)]") else { return nil }
            alternatives.append(TokenPattern.Alternative(
                pattern: translated.pattern, innerGroups: translated.captureCount,
                requirement: RequiredLiterals.of(source.value, caseInsensitive: ignoreCase)))
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

    private mutating func singlePattern(_ source: SourceString, field: String, ignoreCase: Bool) -> TokenPattern? {
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

    /// Vale's `convertCaptureGroups`: `(` not escaped and not followed by `?` becomes `(?:`.
    static func nonCapturing(_ pattern: String) -> String {
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

    // MARK: Check types

    private mutating func buildExistence(_ text: AlertText) -> (any RuleCheck)? {
        let tokens = (fields.strings("tokens") ?? []).filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
        let raw = fields.strings("raw") ?? []
        let nonword = fields.bool("nonword") ?? false
        let ignoreCase = fields.bool("ignorecase") ?? false
        let appendRaw = fields.bool("append") ?? false
        let usesVocabulary = fields.bool("vocab") ?? true
        let exceptions = exceptionList(fields.strings("exceptions") ?? [])
        if tokens.isEmpty && raw.isEmpty {
            fields.fail("an existence rule needs 'tokens' or 'raw'", at: fields.mapping.mark)
            return nil
        }
        guard let pattern = tokenPattern(tokens, field: "tokens", word: !nonword && !tokens.isEmpty, ignoreCase: ignoreCase,
                                         raw: raw, appendRaw: appendRaw) else { return nil }
        return ExistenceCheck(pattern: pattern, exceptions: exceptions, usesVocabulary: usesVocabulary, text: text)
    }

    private mutating func buildSubstitution(message: String, action: RuleAction?) -> (any RuleCheck)? {
        guard let swap = fields.orderedMap("swap") else {
            fields.fail("a substitution rule needs 'swap'", at: fields.mapping.mark)
            return nil
        }
        let ignoreCase = fields.bool("ignorecase") ?? false
        let nonword = fields.bool("nonword") ?? false
        // Longest keys first, as Vale orders them, so the alternation prefers longer matches.
        let ordered = swap.enumerated().sorted {
            $0.element.key.value.utf8.count > $1.element.key.value.utf8.count
                || ($0.element.key.value.utf8.count == $1.element.key.value.utf8.count && $0.offset < $1.offset)
        }.map(\.element)
        guard let pattern = tokenPattern(ordered.map(\.key), field: "swap", word: !nonword, ignoreCase: ignoreCase,
                                         captures: true, stripInnerCaptures: true) else { return nil }
        return SubstitutionCheck(
            pattern: pattern, swaps: ordered.map { .init(key: $0.key.value, replacement: $0.value.value) },
            exceptions: exceptionList(fields.strings("exceptions") ?? []), usesVocabulary: fields.bool("vocab") ?? true,
            ignoreCase: ignoreCase, capitalize: fields.bool("capitalize") ?? false, message: message, action: action)
    }

    private mutating func buildOccurrence(_ text: AlertText) -> (any RuleCheck)? {
        guard let token = fields.string("token") else {
            fields.fail("an occurrence rule needs 'token'", at: fields.mapping.mark)
            return nil
        }
        let ignoreCase = fields.bool("ignorecase") ?? false
        guard let translated = translate(token, field: "token") else { return nil }
        let pattern: TokenPattern
        do {
            pattern = try TokenPattern(
                head: ignoreCase ? "(?i)(?:" : "(?:", tail: ")", headGroups: 0,
                alternatives: [.init(pattern: translated.pattern, innerGroups: translated.captureCount,
                                     requirement: RequiredLiterals.of(token.value, caseInsensitive: ignoreCase))],
                capturesAlternatives: false, caseInsensitive: ignoreCase)
        } catch {
            reportCompileFailure(error, sources: [token], field: "token")
            return nil
        }
        return OccurrenceCheck(pattern: pattern, minimum: fields.int("min") ?? 0, maximum: fields.int("max") ?? 0, text: text)
    }

    private mutating func buildRepetition(_ text: AlertText) -> (any RuleCheck)? {
        let tokens = fields.strings("tokens") ?? []
        let ignoreCase = fields.bool("ignorecase") ?? false
        var alternatives: [TokenPattern.Alternative] = []
        for (index, token) in tokens.enumerated() {
            guard let translated = translate(token, field: "tokens[\(index)]") else { return nil }
            alternatives.append(.init(pattern: translated.pattern, innerGroups: translated.captureCount,
                                      requirement: RequiredLiterals.of(token.value, caseInsensitive: ignoreCase)))
        }
        let pattern: TokenPattern
        do {
            pattern = try TokenPattern(head: ignoreCase ? "(?i)(" : "(", tail: ")", headGroups: 1, alternatives: alternatives,
                                       capturesAlternatives: false, caseInsensitive: ignoreCase)
        } catch {
            reportCompileFailure(error, sources: tokens, field: "tokens")
            return nil
        }
        return RepetitionCheck(
            pattern: pattern, maximum: fields.int("max") ?? 0, ignoreCase: ignoreCase, alphaOnly: fields.bool("alpha") ?? false,
            exceptions: exceptionList(fields.strings("exceptions") ?? []), usesVocabulary: fields.bool("vocab") ?? true, text: text)
    }

    private mutating func buildCapitalization(_ text: AlertText) -> (any RuleCheck)? {
        guard let match = fields.string("match") else {
            fields.fail("a capitalization rule needs 'match' ($title, $sentence, $lower, $upper or a pattern)", at: fields.mapping.mark)
            return nil
        }
        let exceptionTerms = (fields.strings("exceptions") ?? []).map(\.value)
        let vocabulary = CapitalizationCheck.casedVocabulary(exceptionTerms)
        let prefix = fields.string("prefix")?.value
        let styleName = fields.string("style")
        let style: CapitalizationCheck.Style
        switch match.value {
        case "$title":
            var titleStyle = TitleCaser.Style.ap
            if let styleName {
                if let parsed = TitleCaser.Style(rawValue: styleName.value) {
                    titleStyle = parsed
                } else {
                    fields.fail("unknown title style '\(styleName.value)'", at: styleName.mark, suggestion: "expected AP or Chicago")
                }
            }
            style = .title(TitleCaser(style: titleStyle, vocabulary: vocabulary, prefix: prefix))
        case "$sentence":
            style = .sentence(SentenceCaser(vocabulary: vocabulary, prefix: prefix, indicators: (fields.strings("indicators") ?? []).map(\.value)))
        case "$lower": style = .lower
        case "$upper": style = .upper
        default:
            guard let translated = translate(match, field: "match"),
                  let regex = try? NSRegularExpression(pattern: translated.pattern, options: TokenPattern.options) else {
                if fields.errors.isEmpty { fields.fail("invalid regular expression in 'match'", at: match.mark) }
                return nil
            }
            style = .pattern(RegexBox(regex))
        }
        return CapitalizationCheck(
            style: style, threshold: fields.double("threshold").flatMap { $0 == 0 ? nil : $0 } ?? 0.8,
            exceptions: exceptionList(fields.strings("exceptions") ?? []), exceptionTerms: exceptionTerms,
            usesVocabulary: fields.bool("vocab") ?? true, text: text, replacesWithExpected: match.value == "$title" || match.value == "$sentence")
    }

    private mutating func buildMetric(_ text: AlertText) -> (any RuleCheck)? {
        guard let formula = fields.string("formula"), let condition = fields.string("condition") else {
            fields.fail("a metric rule needs 'formula' and 'condition'", at: fields.mapping.mark)
            return nil
        }
        let rewritten = formula.value.replacingOccurrences(of: #"heading\.(h[1-6])"#, with: "heading_$1", options: .regularExpression)
        do {
            let parsed = try MetricFormula(rewritten)
            let known = Set(TextStatistics("").variables.keys).union(MetricCheck.defaults)
            for variable in parsed.variables where !known.contains(variable) && !variable.hasPrefix("heading_") && !variable.contains("_") {
                warnings.append(StyleDiagnostic(.warning, "'\(variable)' is not a variable Vale defines; it is 0 unless the file has such blocks",
                                                file: file, mark: formula.mark))
            }
            _ = try MetricFormula("0 " + condition.value)
            return MetricCheck(formula: parsed, condition: condition.value, text: text)
        } catch {
            fields.fail("invalid formula: \(error.message)", at: formula.mark)
            return nil
        }
    }

    private mutating func buildConditional(_ text: AlertText) -> (any RuleCheck)? {
        guard let first = fields.string("first"), let second = fields.string("second") else {
            fields.fail("a conditional rule needs 'first' and 'second'", at: fields.mapping.mark)
            return nil
        }
        _ = fields.bool("ignorecase")
        guard let firstPattern = singlePattern(first, field: "first", ignoreCase: false),
              let secondPattern = singlePattern(second, field: "second", ignoreCase: false) else { return nil }
        return ConditionalCheck(first: firstPattern, second: secondPattern, exceptions: exceptionList(fields.strings("exceptions") ?? []),
                                usesVocabulary: fields.bool("vocab") ?? true, text: text)
    }

    private mutating func buildConsistency(_ text: AlertText) -> (any RuleCheck)? {
        guard let either = fields.orderedMap("either") else {
            fields.fail("a consistency rule needs 'either'", at: fields.mapping.mark)
            return nil
        }
        let ignoreCase = fields.bool("ignorecase") ?? false
        let nonword = fields.bool("nonword") ?? false
        let key = name.split(separator: ".", maxSplits: 1).dropFirst().first.map(String.init) ?? name
        var pairs: [ConsistencyCheck.Pair] = []
        for (offset, entry) in either.enumerated() {
            let count = 2 * (offset + 1)
            guard let pattern = tokenPattern([entry.key, entry.value], field: "either", word: !nonword, ignoreCase: ignoreCase,
                                             captures: true) else { return nil }
            pairs.append(.init(pattern: pattern, names: ("\(key)\(count)", "\(key)\(count + 1)")))
        }
        return ConsistencyCheck(pairs: pairs, text: text)
    }

    private mutating func buildReadability(_ text: AlertText) -> (any RuleCheck)? {
        let metrics = (fields.strings("metrics") ?? []).map(\.value)
        for metric in fields.strings("metrics") ?? [] where !ReadabilityCheck.metricNames.contains(metric.value) {
            fields.fail("unknown readability metric '\(metric.value)'", at: metric.mark,
                        suggestion: NearestMatch.find(metric.value, in: ReadabilityCheck.metricNames).map { "did you mean '\($0)'?" }
                            ?? "expected one of: \(ReadabilityCheck.metricNames.joined(separator: ", "))")
        }
        guard !metrics.isEmpty else {
            fields.fail("a readability rule needs 'metrics'", at: fields.mapping.mark)
            return nil
        }
        return ReadabilityCheck(metrics: metrics, grade: fields.double("grade") ?? 0, text: text)
    }
}
