import Foundation

/// A Vale style: a folder of rule files (`<StylesPath>/<Style>/<Rule>.yml`), or the same files
/// given in memory, as LaunchKit's built-in pack is shipped.
public struct StylePack: Sendable {
    public var name: String
    public var rules: [StyleRule]
    /// Options the rules use that this engine ignores, for authors to see.
    public var warnings: [StyleDiagnostic] { rules.flatMap(\.warnings) }

    /// Loads every `.yml` file under `directory`, as Vale does (a rule is named after the folder
    /// that holds it and its file name up to the first dot).
    ///
    /// - Throws: ``StyleLoadError`` with the problems of every rule file that failed, not just the first.
    public static func load(directory: URL) throws(StyleLoadError) -> StylePack {
        let name = directory.lastPathComponent
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            throw StyleLoadError([StyleDiagnostic(.error, "cannot read the style folder", file: directory.path)])
        }
        var files: [URL] = []
        for case let url as URL in enumerator where url.lastPathComponent.hasSuffix(".yml") {
            files.append(url)
        }
        var rules: [StyleRule] = []
        var problems: [StyleDiagnostic] = []
        for url in files.sorted(by: { $0.path < $1.path }) {
            let style = url.deletingLastPathComponent().lastPathComponent
            let ruleName = String(url.lastPathComponent.prefix { $0 != "." })
            do {
                let text = try String(contentsOf: url, encoding: .utf8)
                rules.append(try StyleRule.load(yaml: text, name: "\(style).\(ruleName)", file: url.path))
            } catch let error as StyleLoadError {
                problems.append(contentsOf: error.diagnostics)
            } catch {
                problems.append(StyleDiagnostic(.error, "cannot read the rule file: \(error.localizedDescription)", file: url.path))
            }
        }
        guard problems.isEmpty else { throw StyleLoadError(problems) }
        return StylePack(name: name, rules: rules)
    }

    /// A style from rule files held in memory.
    ///
    /// - Parameters:
    ///   - name: the style's name, the first part of each rule's name.
    ///   - files: rule name (`Hedging`, or `Hedging.yml`) to YAML text.
    public init(name: String, files: [String: String]) throws(StyleLoadError) {
        var rules: [StyleRule] = []
        var problems: [StyleDiagnostic] = []
        for (file, text) in files.sorted(by: { $0.key < $1.key }) {
            let ruleName = String(file.prefix { $0 != "." })
            do {
                rules.append(try StyleRule.load(yaml: text, name: "\(name).\(ruleName)", file: "\(name)/\(file.hasSuffix(".yml") ? file : file + ".yml")"))
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw StyleLoadError(problems) }
        self.init(name: name, rules: rules)
    }

    public init(name: String, rules: [StyleRule]) {
        self.name = name
        self.rules = rules
    }
}
