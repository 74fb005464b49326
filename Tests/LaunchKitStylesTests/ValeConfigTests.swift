import Foundation
import LaunchKitStyles
import Testing

/// Vale's INI config: where styles are, which rules apply to which files, and its errors.
@Suite struct ValeConfigTests {
    static let directory = URL(fileURLWithPath: "/project")

    @Test func parsesCoreSectionsAndSwitches() throws {
        let config = try ValeConfig.parse("""
            StylesPath = styles
            MinAlertLevel = suggestion # inline comment
            Vocab = Base, Product

            [formats]
            mdx = md

            [*]
            BasedOnStyles = Vale

            [*.{md,txt}]
            BasedOnStyles = Acme, write-good
            write-good.E-Prime = NO
            Acme.Headings = error

            [docs/*.md]
            Acme.Rule = YES
            """, file: ".vale.ini", directory: Self.directory)
        #expect(config.stylesPath?.path == "/project/styles")
        #expect(config.minimumLevel == .suggestion)
        #expect(config.vocabularies == ["Base", "Product"])
        #expect(config.formats == ["mdx": "md"])
        #expect(config.levels["Acme.Headings"] == .error)
        let markdown = config.selection(forFile: "guide.md")
        #expect(markdown.styles == ["Acme", "write-good"])
        #expect(markdown.checks["write-good.E-Prime"] == false)
        #expect(config.selection(forFile: "notes.rst").styles == ["Vale"])
        #expect(config.selection(forFile: "docs/a.md").checks["Acme.Rule"] == true)
        // [formats] maps .mdx to .md, so its sections apply too.
        #expect(config.selection(forFile: "page.mdx").styles == ["Acme", "write-good"])
        #expect(config.effectiveExtension("page.mdx") == ".md")
    }

    @Test func errorsNameTheLine() {
        #expect(throws: StyleLoadError.self) {
            try ValeConfig.parse("MinAlertLevel = loud\n", file: ".vale.ini", directory: Self.directory)
        }
        do {
            _ = try ValeConfig.parse("StylesPath = a\n\n[*.md]\nStylesPath = b\n", file: ".vale.ini", directory: Self.directory)
            Issue.record("a core option in a section must fail")
        } catch {
            #expect(error.diagnostics.first?.description.hasPrefix(".vale.ini:4: error: 'StylesPath' is a core option") == true)
        }
        do {
            _ = try ValeConfig.parse("BasedOnStyles = Acme\n", file: ".vale.ini", directory: Self.directory)
            Issue.record("a section option in the core must fail")
        } catch {
            #expect(error.diagnostics.first?.line == 1)
        }
    }

    @Test func onlyFilesASectionMatchesAreLinted() throws {
        let config = try ValeConfig.parse("[*.md]\nAcme.Rule = YES\n", file: ".vale.ini", directory: Self.directory)
        #expect(config.lints(path: "a.md"))
        #expect(!config.lints(path: "a.txt"))
    }

    @Test func projectLoadsStylesVocabularyAndLevels() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "launchkit-styles-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appending(path: "styles/Acme"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appending(path: "styles/config/vocabularies/Product"), withIntermediateDirectories: true)
        try "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: suggestion\nnonword: true\ntokens: ['\\b[A-Z]{4,}\\b']\n"
            .write(to: root.appending(path: "styles/Acme/Caps.yml"), atomically: true, encoding: .utf8)
        try "LaunchKit\nCNAPP\n".write(to: root.appending(path: "styles/config/vocabularies/Product/accept.txt"), atomically: true, encoding: .utf8)
        try "synergy\n".write(to: root.appending(path: "styles/config/vocabularies/Product/reject.txt"), atomically: true, encoding: .utf8)
        try "StylesPath = styles\nVocab = Product\n\n[*.md]\nBasedOnStyles = Acme, Vale\nAcme.Caps = error\n"
            .write(to: root.appending(path: ".vale.ini"), atomically: true, encoding: .utf8)
        let project = try ValeProject(configFile: try #require(ValeConfig.find(in: root)))
        let alerts = project.lint(contents: "Our CNAPP adds SBOMS and synergy. Use launchkit.\n", path: "page.md")
        #expect(alerts.map(AlertFormatter.line) == [
            "page.md:1:16:Acme.Caps:Avoid 'SBOMS'.",
            "page.md:1:26:Vale.Avoid:Avoid using 'synergy'.",
            "page.md:1:39:Vale.Terms:Use 'LaunchKit' instead of 'launchkit'.",
        ])
        #expect(alerts.first?.severity == .error)
    }

    @Test func missingStyleIsAnError() throws {
        let config = try ValeConfig.parse("StylesPath = /nonexistent\n\n[*]\nBasedOnStyles = Nope\n", file: ".vale.ini", directory: Self.directory)
        #expect(throws: StyleLoadError.self) { try ValeProject(config: config) }
    }
}
