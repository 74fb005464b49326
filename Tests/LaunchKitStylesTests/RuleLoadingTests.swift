import LaunchKitStyles
import Testing

/// Rule files are checked when they load, and every problem points at its line and column.
@Suite struct RuleLoadingTests {
    private func errors(_ yaml: String) -> [StyleDiagnostic] {
        do {
            _ = try StyleRule.load(yaml: yaml, name: "Acme.Rule", file: "Acme/Rule.yml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func unknownKeyIsLocatedWithSuggestion() {
        let found = errors("""
            extends: existence
            message: "'%s'"
            tokns:
              - very
            """)
        #expect(found.map(\.description) == [
            "Acme/Rule.yml:3:1: error: unknown key 'tokns' for an existence rule; did you mean 'tokens'?",
            "Acme/Rule.yml:1:1: error: an existence rule needs 'tokens' or 'raw'",
        ])
    }

    @Test func badRegexPointsAtTheToken() {
        let found = errors("""
            extends: existence
            message: "'%s'"
            tokens:
              - fine
              - broken(group
            """)
        #expect(found.count == 1)
        #expect(found.first?.line == 5)
        #expect(found.first?.column == 11)
        #expect(found.first?.message.contains("tokens[1]") == true)
        #expect(found.first?.message.contains("never closed") == true)
    }

    @Test func regexICURejectsIsReported() {
        let found = errors("""
            extends: substitution
            message: "Use '%s' instead of '%s'."
            swap:
              '(?<=a+)b': c
            """)
        // Unbounded look-behind is bounded for ICU, so this one loads; a conditional group does not.
        #expect(found.isEmpty)
        let conditional = errors("""
            extends: existence
            message: "'%s'"
            tokens:
              - '(?(x)a|b)'
            """)
        #expect(conditional.first?.line == 4)
        #expect(conditional.first?.message.contains("conditional groups") == true)
    }

    @Test func unknownCheckTypeSuggestsTheNearest() {
        let found = errors("extends: existance\nmessage: x\n")
        #expect(found.first?.description == "Acme/Rule.yml:1:10: error: unknown check type 'existance' in 'extends'; did you mean 'existence'?")
    }

    @Test func missingFieldsAndBadValues() {
        #expect(errors("message: x\n").first?.message == "missing required key 'extends'")
        #expect(errors("extends: existence\ntokens: [a]\n").first?.message == "missing required key 'message'")
        let level = errors("extends: existence\nmessage: x\nlevel: warn\ntokens: [a]\n")
        #expect(level.first?.description == "Acme/Rule.yml:3:8: error: unknown level 'warn'; expected suggestion, warning or error")
        let boolean = errors("extends: existence\nmessage: x\nignorecase: maybe\ntokens: [a]\n")
        #expect(boolean.first?.description == "Acme/Rule.yml:3:13: error: expected true or false for 'ignorecase', found 'maybe'")
        let scope = errors("extends: existence\nmessage: x\nscope: code\ntokens: [a]\n")
        #expect(scope.first?.message == "scope 'code' is no longer supported")
    }

    @Test func unsupportedCheckTypesLoadWithAWarning() throws {
        let rule = try StyleRule.load(yaml: "extends: spelling\nmessage: \"Did you really mean '%s'?\"\ncustom: true\n", name: "Acme.Spelling")
        #expect(rule.kind == .spelling)
        #expect(!rule.kind.isImplemented)
        #expect(rule.warnings.first?.message.contains("not supported") == true)
        #expect(Linter(rules: [rule]).lint(text: "Teh typo.", file: "a.txt").isEmpty)
    }

    @Test func valeDefaultsAndWeakTyping() throws {
        let rule = try StyleRule.load(yaml: "extends: existence\nmessage: x\nignorecase: yes\nscope: heading\ntokens: single\n", name: "Acme.Rule")
        #expect(rule.level == .warning)
        #expect(rule.scope == ["heading"])
        let alerts = Linter(rules: [rule]).lint(markdown: "# A SINGLE word\n\nsingle\n", file: "a.md")
        #expect(alerts.map(\.line) == [1])
    }

    @Test func yamlSyntaxErrorsKeepTheirPosition() {
        let found = errors("extends: existence\nmessage: [unclosed\n")
        #expect(found.first?.file == "Acme/Rule.yml")
        #expect(found.first?.line != nil)
    }
}
