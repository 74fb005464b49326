import Foundation
import LaunchKitYAML

extension StyleRule {
    /// Loads a rule from YAML text, as written in a Vale style folder.
    ///
    /// - Parameters:
    ///   - yaml: the rule file's text.
    ///   - name: `Style.Rule`.
    ///   - file: the path to name in errors.
    /// - Throws: ``StyleLoadError`` with every problem found, each at its line and column: an
    ///   unknown key (with the nearest known one), a value of the wrong type, a regex that does
    ///   not compile (pointing at the token), a missing `extends` or `message`.
    public static func load(yaml: String, name: String, file: String? = nil) throws(StyleLoadError) -> StyleRule {
        let root: Node?
        do {
            root = try YAMLDocument.load(Array(yaml.utf8), file: file)
        } catch {
            throw StyleLoadError([StyleDiagnostic(error)])
        }
        guard let root else {
            throw StyleLoadError([StyleDiagnostic(.error, "the rule file is empty", file: file, line: 1, column: 1,
                                                  suggestion: "add at least 'extends' and 'message'")])
        }
        var builder = try RuleBuilder(name: name, root: root, file: file)
        return try builder.build()
    }

    /// Loads `<Style>/<Rule>.yml`; the rule is named after its folder and file.
    public static func load(contentsOf url: URL) throws(StyleLoadError) -> StyleRule {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw StyleLoadError([StyleDiagnostic(.error, "cannot read the rule file: \(error.localizedDescription)", file: url.path)])
        }
        let style = url.deletingLastPathComponent().lastPathComponent
        let rule = url.deletingPathExtension().lastPathComponent
        return try load(yaml: text, name: "\(style).\(rule)", file: url.path)
    }

    /// A copy whose exceptions include a project's accepted vocabulary, for rules that use it.
    func adding(vocabulary: [String]) -> StyleRule {
        guard let check, !vocabulary.isEmpty else { return self }
        var copy = self
        copy.check = (try? check.adding(vocabulary: vocabulary)) ?? check
        return copy
    }
}
