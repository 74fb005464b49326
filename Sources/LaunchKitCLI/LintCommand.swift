import ArgumentParser
import Foundation
import LaunchKitCore
import LaunchKitStyles
import MessageSimplification

/// `launchkit lint`: the message rules on any Markdown or text file, printed the way Vale prints
/// them, so CI and editors that read Vale's output read this too.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check Markdown and text files with the message rules and Vale styles.",
        discussion: """
            Runs the Vale rules of the styles you name over each file (Markdown: .md, .markdown, .mdown, \
            .markdn; anything else as text) and over the Markdown and .txt files in each directory. \
            'launchkit' is the built-in pack (hedges, buzzwords, corporate speak, passive voice, long \
            sentences); any other name is a Vale style folder. With --config, a .vale.ini decides the \
            styles and levels per file as Vale does, and --styles adds to it. The kit-aware rules \
            (jargon per persona, acronyms, benefit, proof point, reading grade) need a kit: they run in \
            'launchkit build'.

            Output: 'line' prints file:line:column:Style.Rule:message, one alert per line, as \
            'vale --output=line'; 'json' prints Vale's JSON; 'github' prints workflow annotations.

            Examples:
              launchkit lint README.md docs/
              launchkit lint press.md --styles launchkit,styles/Acme --output github
              launchkit lint docs --config .vale.ini --styles launchkit

            Exit codes: 0 no error-level alert, 1 an error-level alert, 2 invalid input or usage.
            """
    )

    enum Output: String, CaseIterable, ExpressibleByArgument {
        case line, json, github
    }

    @Argument(help: ArgumentHelp("Markdown or text files, or directories to search for them.", valueName: "file"))
    var files: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Styles to run, comma-separated or repeated: 'launchkit' (built in) or a Vale style folder. Default: launchkit, or none with --config.",
        valueName: "styles"))
    var styles: [String] = []

    @Option(name: .long, help: ArgumentHelp("A Vale config (.vale.ini) whose styles and levels apply as in Vale.", valueName: "file"))
    var config: String?

    @Option(name: .customLong("min-level"), help: ArgumentHelp("Leave out alerts below this level: suggestion, warning or error.", valueName: "level"))
    var minLevel: Diagnostic.Severity = .suggestion

    @Option(name: .customLong("max-sentence-words"), help: ArgumentHelp("The word limit of launchkit.SentenceLength.", valueName: "n"))
    var maxSentenceWords = LaunchKitPack.defaultMaxSentenceWords

    @Option(name: .long, help: ArgumentHelp("How to print alerts: line, json or github.", valueName: "format"))
    var output: Output = .line

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("give at least one file or directory to lint")
        }
        if !(5...100).contains(maxSentenceWords) {
            throw ValidationError("--max-sentence-words must be between 5 and 100, found \(maxSentenceWords)")
        }
    }

    /// The styles as listed: commas split, blanks dropped, `launchkit` when none is given and no config.
    var styleNames: [String] {
        let names = styles.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return names.isEmpty && config == nil ? [LaunchKitPack.styleName] : names
    }

    func run() async throws {
        let console = Console()
        let printer = DiagnosticPrinter(console: console, format: output == .github ? .github : .line)
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        // Report a bad style and a missing file together, so one run shows every problem.
        let linter: Result<DocumentLinter, DiagnosticError> = Result { () throws(DiagnosticError) in
            try DocumentLinter(styles: styleNames, valeConfig: config, minimumLevel: minLevel, maxSentenceWords: maxSentenceWords, workingDirectory: workingDirectory)
        }
        let paths: Result<[String], DiagnosticError> = Result { () throws(DiagnosticError) in
            try DocumentLinter.files(files, workingDirectory: workingDirectory)
        }
        let alerts: [Alert]
        do throws(DiagnosticError) {
            switch (linter, paths) {
            case (.success(let linter), .success(let paths)):
                printer.print(linter.warnings)
                alerts = try Self.lint(paths, with: linter, workingDirectory: workingDirectory)
            default:
                let problems = [linter.failure, paths.failure].compactMap { $0?.diagnostics }.flatMap { $0 }
                throw DiagnosticError(problems)
            }
        } catch {
            printer.print(error.diagnostics)
            throw ExitStatus.invalidInput.exitCode
        }
        switch output {
        case .line:
            if !alerts.isEmpty { console.output(String(AlertFormatter.lines(alerts).dropLast())) }
            console.error(Self.summary(alerts, files: Set(alerts.map(\.file)).count, console: console))
        case .json:
            console.output(try Self.json(alerts))
        case .github:
            for alert in alerts { console.output(GitHubAnnotation.line(for: Self.diagnostic(alert))) }
        }
        if alerts.contains(where: { $0.severity == .error }) { throw ExitStatus.notReady.exitCode }
    }

    /// Reads and lints every file; an unreadable or non-UTF-8 file is invalid input.
    static func lint(_ paths: [String], with linter: DocumentLinter, workingDirectory: URL) throws(DiagnosticError) -> [Alert] {
        var alerts: [Alert] = []
        var problems: [Diagnostic] = []
        let limit = InputLimits.default.maxFileBytes
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: workingDirectory)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append(.error("cannot read '\(path)'", rule: "lint.unreadable"))
                continue
            }
            guard data.count <= limit else {
                problems.append(.error("'\(path)' is larger than the \(limit >> 20) MiB limit", rule: "input.too-large"))
                continue
            }
            do {
                alerts += linter.lint(contents: try InputFile(displayPath: path, bytes: [UInt8](data)).text(), path: path)
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return alerts.sorted()
    }

    /// "2 errors, 1 warning and 0 suggestions in 1 file."
    static func summary(_ alerts: [Alert], files: Int, console: Console) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let counts = Alert.Severity.allCases.reversed().map { severity in counted(alerts.filter { $0.severity == severity }.count, severity.rawValue) }
        let text = "\(counts[0]), \(counts[1]) and \(counts[2]) in \(counted(files, "file"))."
        return alerts.contains { $0.severity == .error } ? console.styled(text, .red) : text
    }

    /// An alert as a diagnostic, for GitHub annotations.
    static func diagnostic(_ alert: Alert) -> Diagnostic {
        let severity: Diagnostic.Severity = switch alert.severity {
        case .error: .error
        case .warning: .warning
        case .suggestion: .suggestion
        }
        return Diagnostic(
            severity, alert.message, at: SourceLocation(file: alert.file, line: alert.line, column: alert.column), rule: alert.check,
            suggestion: alert.suggestion.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Vale's `--output=JSON`: alerts by file, each with Vale's field names.
    static func json(_ alerts: [Alert]) throws -> String {
        struct ValeAlert: Encodable {
            struct Action: Encodable {
                var Name: String
                var Params: [String]?
            }

            var Action: Action
            var Span: [Int]
            var Check: String
            var Description: String
            var Link: String
            var Message: String
            var Severity: String
            var Match: String
            var Line: Int
        }
        var byFile: [String: [ValeAlert]] = [:]
        for alert in alerts {
            let action = alert.suggestion.map { ValeAlert.Action(Name: $0.isEmpty ? "remove" : "replace", Params: $0.isEmpty ? nil : [$0]) }
                ?? ValeAlert.Action(Name: "", Params: nil)
            byFile[alert.file, default: []].append(ValeAlert(
                Action: action, Span: [alert.span.lowerBound, alert.span.upperBound], Check: alert.check, Description: "",
                Link: alert.link ?? "", Message: alert.message, Severity: alert.severity.rawValue, Match: alert.match, Line: alert.line))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(byFile), as: UTF8.self)
    }
}

extension Diagnostic.Severity: ExpressibleByArgument {}

extension Result {
    /// The error, when there is one.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
