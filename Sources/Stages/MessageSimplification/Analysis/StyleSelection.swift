import Foundation
import LaunchKitCore
import LaunchKitYAML
import LaunchKitStyles

/// The Vale rules of the styles a run names, loaded once: `launchkit` is the built-in pack, any
/// other name is a Vale style folder (`styles/CloudGuard`), loaded as it is.
///
/// The message-simplification stage and `launchkit lint` load styles here, so the same names mean
/// the same rules everywhere.
public struct StyleSelection: Sendable {
    /// Every rule, in the order the styles are listed.
    public var rules: [StyleRule]
    /// What does not stop the rules from running: options a rule uses that the engine ignores.
    public var warnings: [Diagnostic]

    /// Loads styles by name or folder.
    ///
    /// - Parameters:
    ///   - references: style names as written, with where they are written.
    ///   - maxSentenceWords: the word limit of `launchkit.SentenceLength`.
    ///   - resolve: the folder a reference names; throws when it may not be read (outside the kit).
    ///   - displayPath: how to show a rule file's path in messages.
    /// - Throws: ``DiagnosticError`` with every style that is missing, listed twice or has a rule
    ///   file that does not load (located in that file).
    public static func load(
        _ references: [InputPath], maxSentenceWords: Int = LaunchKitPack.defaultMaxSentenceWords,
        resolve: (InputPath) throws(DiagnosticError) -> URL, displayPath: (String) -> String = { $0 }
    ) throws(DiagnosticError) -> StyleSelection {
        var problems: [Diagnostic] = []
        var packs: [StylePack] = []
        var seen: [String: InputPath] = [:]
        for reference in references {
            do {
                let pack = try load(reference, maxSentenceWords: maxSentenceWords, resolve: resolve, displayPath: displayPath)
                if let first = seen[pack.name] {
                    problems.append(.error(
                        "style '\(pack.name)' is listed twice", at: reference.location, rule: "styles.duplicate",
                        suggestion: first.path == reference.path ? "remove one of them" : "two style folders named '\(pack.name)' would give their rules the same names; rename one",
                        notes: [Diagnostic.Note("first listed here", at: first.location)]))
                    continue
                }
                seen[pack.name] = reference
                packs.append(pack)
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        let warnings = packs.flatMap(\.warnings).map { Diagnostic($0, displayPath: displayPath, rule: "styles.unsupported") }
        return StyleSelection(rules: packs.flatMap(\.rules), warnings: warnings)
    }

    private static func load(
        _ reference: InputPath, maxSentenceWords: Int, resolve: (InputPath) throws(DiagnosticError) -> URL, displayPath: (String) -> String
    ) throws(DiagnosticError) -> StylePack {
        if reference.path == LaunchKitPack.styleName {
            do {
                return try LaunchKitPack.stylePack(maxSentenceWords: maxSentenceWords)
            } catch {
                throw DiagnosticError(error.diagnostics.map { Diagnostic($0, displayPath: { $0 }, rule: "styles.invalid-rule") })
            }
        }
        let url = try resolve(reference)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let near = NearestMatch.find(reference.path, in: [LaunchKitPack.styleName])
            throw DiagnosticError(.error(
                "no style folder at '\(reference.path)'", at: reference.location, rule: "styles.missing",
                suggestion: near.map { "did you mean '\($0)', the built-in style?" }
                    ?? "give the path of a Vale style folder (one .yml file per rule), or '\(LaunchKitPack.styleName)' for the built-in rules"))
        }
        do {
            return try StylePack.load(directory: url)
        } catch {
            throw DiagnosticError(error.diagnostics.map { Diagnostic($0, displayPath: displayPath, rule: "styles.invalid-rule") })
        }
    }
}

extension Diagnostic {
    /// A problem of a rule file or style folder as a diagnostic, located in that file.
    init(_ problem: StyleDiagnostic, displayPath: (String) -> String, rule: String) {
        self.init(
            problem.severity == .error ? .error : .warning, problem.message,
            at: problem.file.map { SourceLocation(file: displayPath($0), line: problem.line, column: problem.column) },
            rule: rule, suggestion: problem.suggestion)
    }
}
