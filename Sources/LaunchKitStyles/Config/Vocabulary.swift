import Foundation

/// A Vale vocabulary (`<StylesPath>/config/vocabularies/<Name>/accept.txt` and `reject.txt`):
/// accepted terms become exceptions to rules and Vale.Terms' preferred spellings; rejected terms
/// are flagged by Vale.Avoid.
public struct Vocabulary: Sendable, Equatable {
    public var accepted: [String]
    public var rejected: [String]

    public init(accepted: [String] = [], rejected: [String] = []) {
        self.accepted = accepted
        self.rejected = rejected
    }

    /// Terms from one word-list file: one per line, blank lines and `# ` comments skipped.
    static func terms(in text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).compactMap { line in
            let term = line.trimmingCharacters(in: .whitespaces)
            return term.isEmpty || term.hasPrefix("# ") ? nil : term
        }
    }

    /// Loads every `accept.txt` and `reject.txt` under `directory`.
    public static func load(directory: URL) throws -> Vocabulary {
        var vocabulary = Vocabulary()
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return vocabulary }
        var files: [URL] = []
        for case let url as URL in enumerator { files.append(url) }
        for url in files.sorted(by: { $0.path < $1.path }) {
            switch url.lastPathComponent {
            case "accept.txt": vocabulary.accepted += terms(in: try String(contentsOf: url, encoding: .utf8))
            case "reject.txt": vocabulary.rejected += terms(in: try String(contentsOf: url, encoding: .utf8))
            default: break
            }
        }
        return vocabulary
    }

    /// Vale's built-in vocabulary rules: `Vale.Terms` (accepted phrases must be spelled as
    /// listed) and `Vale.Avoid` (rejected terms are errors). A Vale config turns them on with
    /// `BasedOnStyles = Vale`; a glossary can use them directly.
    public func rules() -> [StyleRule] {
        var rules: [StyleRule] = []
        // Vale fills a map keyed by the lower-cased term, so a later spelling replaces an earlier one.
        var keys: [String] = []
        var spelling: [String: String] = [:]
        for term in accepted where GoFormat.isPhrase(term) {
            let key = term.lowercased()
            if spelling[key] == nil { keys.append(key) }
            spelling[key] = term
        }
        let phrases = keys
        if !accepted.isEmpty {
            var yaml = "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nignorecase: true\nvocab: false\nswap:\n"
            for key in keys { yaml += "  \(Self.quoted(key)): \(Self.quoted(spelling[key]!))\n" }
            if phrases.isEmpty { yaml += "  {}\n" }
            if let rule = try? StyleRule.load(yaml: yaml.replacingOccurrences(of: "swap:\n  {}\n", with: "swap: {}\n"), name: "Vale.Terms") {
                rules.append(rule)
            }
        }
        if !rejected.isEmpty {
            var yaml = "extends: existence\nmessage: \"Avoid using '%s'.\"\nlevel: error\nignorecase: false\ntokens:\n"
            for term in rejected { yaml += "  - \(Self.quoted(term))\n" }
            if let rule = try? StyleRule.load(yaml: yaml, name: "Vale.Avoid") { rules.append(rule) }
        }
        return rules
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
