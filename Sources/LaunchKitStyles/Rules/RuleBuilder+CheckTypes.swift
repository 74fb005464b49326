import Foundation
import LaunchKitYAML

/// How each check type reads its own fields into a ``RuleCheck``, following Vale's
/// `New<Check>` functions: which fields it needs, their defaults, and the regex it compiles.
extension RuleBuilder {
    mutating func buildExistence(_ text: AlertText) -> (any RuleCheck)? {
        let tokens = (fields.strings("tokens") ?? []).filter { !Self.isBlank($0.value) }
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

    mutating func buildSubstitution(message: String, action: RuleAction?) -> (any RuleCheck)? {
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

    mutating func buildOccurrence(_ text: AlertText) -> (any RuleCheck)? {
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

    mutating func buildRepetition(_ text: AlertText) -> (any RuleCheck)? {
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

    mutating func buildCapitalization(_ text: AlertText) -> (any RuleCheck)? {
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

    mutating func buildMetric(_ text: AlertText) -> (any RuleCheck)? {
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

    mutating func buildConditional(_ text: AlertText) -> (any RuleCheck)? {
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

    mutating func buildConsistency(_ text: AlertText) -> (any RuleCheck)? {
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

    mutating func buildReadability(_ text: AlertText) -> (any RuleCheck)? {
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
