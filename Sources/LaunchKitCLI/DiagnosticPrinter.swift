import Foundation
import LaunchKitCore

/// Prints diagnostics compiler-style, with the offending source line and a caret, reading each
/// source file at most once.
final class DiagnosticPrinter {
    enum Format: String, CaseIterable {
        /// `file:line:col: severity: message [rule]` plus the source line.
        case line
        /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
        case github
        /// One JSON object per diagnostic, per line.
        case json
    }

    private let console: Console
    private let format: Format
    private var sources: [String: [Substring]] = [:]

    init(console: Console, format: Format = .line) {
        self.console = console
        self.format = format
    }

    /// - Parameters:
    ///   - diagnostics: what to print.
    ///   - base: the folder their relative file names are relative to, as seen from the working
    ///     directory (a kit's folder); it is put in front so a terminal or CI can open the file.
    func print(_ diagnostics: [Diagnostic], relativeTo base: String = ".") {
        for diagnostic in diagnostics {
            print(diagnostic.relocated(to: base))
        }
    }

    func print(_ diagnostic: Diagnostic) {
        switch format {
        case .line:
            var text = DiagnosticFormatter.format(diagnostic) { [self] file, line in sourceLine(file, line) }
            if console.useColor {
                let label = "\(diagnostic.severity.rawValue):"
                let style: Console.Style = switch diagnostic.severity {
                case .error: .red
                case .warning: .yellow
                case .suggestion: .cyan
                }
                if let range = text.range(of: label) {
                    text.replaceSubrange(range, with: console.styled(label, style))
                }
            }
            console.error(text)
        case .github:
            console.output(GitHubAnnotation.line(for: diagnostic))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(diagnostic) {
                console.output(String(decoding: data, as: UTF8.self))
            }
        }
    }

    private func sourceLine(_ file: String, _ line: Int) -> String? {
        if sources[file] == nil {
            let data = FileManager.default.contents(atPath: file) ?? Data()
            // Lines as the YAML and CSV readers count them: LF, CRLF (one grapheme) or a lone CR.
            sources[file] = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        }
        guard let lines = sources[file], line >= 1, line <= lines.count else { return nil }
        let text = lines[line - 1]
        // A line of a binary or UTF-16 file would put control bytes on the user's terminal.
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) { return nil }
        return String(text)
    }
}

/// GitHub Actions workflow commands, so findings appear as annotations on a pull request.
enum GitHubAnnotation {
    static func line(for diagnostic: Diagnostic) -> String {
        let command = switch diagnostic.severity {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "notice"
        }
        var properties: [String] = []
        if let location = diagnostic.location {
            properties.append("file=\(escapeProperty(location.file))")
            if let line = location.line { properties.append("line=\(line)") }
            if let column = location.column { properties.append("col=\(column)") }
        }
        if let rule = diagnostic.rule { properties.append("title=\(escapeProperty(rule))") }
        var message = diagnostic.message
        if let suggestion = diagnostic.suggestion { message += " (\(suggestion))" }
        let head = properties.isEmpty ? "::\(command)" : "::\(command) \(properties.joined(separator: ","))"
        return "\(head)::\(escapeData(message))"
    }

    /// Escaping defined by the Actions toolkit for message data.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping for `key=value` properties, which also reserve `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

extension Diagnostic {
    /// The diagnostic with its relative file names (its own and its notes') prefixed by `base`.
    func relocated(to base: String) -> Diagnostic {
        guard !base.isEmpty, base != "." else { return self }
        func move(_ location: SourceLocation?) -> SourceLocation? {
            guard var location, !location.file.hasPrefix("/") else { return location }
            location.file = base + "/" + location.file
            return location
        }
        var copy = self
        copy.location = move(location)
        copy.notes = notes.map { Note($0.message, at: move($0.location)) }
        return copy
    }
}
