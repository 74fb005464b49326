import Foundation
import LaunchKitCore

/// The templates this stage renders (`packet-index`, `checklist`), from the built-in defaults or
/// the user's `templates:` folder, with template errors turned into located diagnostics.
struct ReadinessTemplates {
    let library: TemplateLibrary

    /// - Throws: ``DiagnosticError`` for a template folder that cannot be read or a template that
    ///   does not parse, at the template's `file:line:column`.
    init(context: StageContext) throws(DiagnosticError) {
        var overrides: URL?
        if let folder = context.templateOverrides {
            let resolved = try context.inputs.resolve(folder)
            let shown = context.inputs.displayPath(for: resolved)
            overrides = shown.hasPrefix("/")
                ? URL(fileURLWithPath: shown)
                : URL(fileURLWithPath: shown, relativeTo: URL(fileURLWithPath: context.environment.workingDirectory, isDirectory: true))
        }
        do {
            library = try TemplateLibrary(defaults: context.environment.defaultTemplates, overrides: overrides)
        } catch {
            throw DiagnosticError(Self.diagnostic(error))
        }
    }

    init(library: TemplateLibrary) {
        self.library = library
    }

    /// - Throws: ``DiagnosticError`` when the template names a value the view model lacks, or is
    ///   missing from both the defaults and the user's folder.
    func render(_ name: String, _ viewModel: Any) throws(DiagnosticError) -> String {
        do {
            return try library.render(name, viewModel)
        } catch {
            throw DiagnosticError(Self.diagnostic(error))
        }
    }

    static func diagnostic(_ error: TemplateError) -> Diagnostic {
        let location = error.file.isEmpty ? nil : SourceLocation(file: error.file, line: error.line > 0 ? error.line : nil, column: error.column > 0 ? error.column : nil)
        let rule = switch error.kind {
        case .syntax: "template.syntax"
        case .missingValue: "template.missing-value"
        case .invalidValue: "template.invalid-value"
        case .unknownHelper: "template.unknown-helper"
        case .unknownTemplate: "template.unknown-template"
        case .unsupportedViewModel: "template.view-model"
        case .recursion: "template.recursion"
        case .io: "template.io"
        }
        return .error(error.message, at: location, rule: rule, suggestion: error.suggestion)
    }
}
