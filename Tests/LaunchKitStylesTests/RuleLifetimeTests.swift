import Foundation
@testable import LaunchKitStyles
import LaunchKitTestSupport
import Testing

/// LeakSanitizer reports memory allocated in Foundation's `_CFRegularExpressionCreate` under
/// `TokenPattern.init`. That is Foundation's own leak (its heap copy of any pattern longer than
/// 256 UTF-16 units is never freed, LaunchKit code or not); these tests pin down that nothing of
/// ours keeps a compiled rule alive: a pack's patterns, their regexes and a linter built on them
/// are all released once the last reference goes.
@Suite struct RuleLifetimeTests {
    private final class Weak {
        weak var pattern: TokenPattern?
        init(_ pattern: TokenPattern?) { self.pattern = pattern }
    }

    private static func patterns(of rules: [StyleRule]) -> [Weak] {
        rules.flatMap { $0.check?.patterns ?? [] }.map(Weak.init)
    }

    @Test func patternsAreReleasedWithTheirPackAndLinter() throws {
        var references: [Weak] = []
        do {
            let pack = try StylePack.load(directory: PackagePaths.conformance.appending(path: "vale-styles/proselint/proselint"))
            let linter = Linter(rules: pack.rules)
            // Linting compiles regexes and fills the patterns' caches and the literal index.
            let alerts = linter.lint(markdown: "It's 5 pm. This is very, very unique!!\n\nBut a chip off the old block.\n", file: "a.md")
            #expect(!alerts.isEmpty)
            references = Self.patterns(of: pack.rules)
        }
        #expect(references.count > 30)
        #expect(references.allSatisfy { $0.pattern == nil })
    }

    @Test func aRuleLoadedFromYAMLIsReleased() throws {
        var reference = Weak(nil)
        do {
            let rule = try StyleRule.load(yaml: "extends: substitution\nmessage: x\nswap:\n  utilize: use\n", name: "Test.Swap")
            _ = Linter(rules: [rule]).lint(text: "We utilize it.", file: "a.txt")
            reference = Weak(rule.check?.patterns.first)
            #expect(reference.pattern != nil)
        }
        #expect(reference.pattern == nil)
    }
}
