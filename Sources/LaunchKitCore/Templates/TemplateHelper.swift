import Foundation
import Mustache

/// The helpers templates call on values (`{{ cell(x) }}`…), as swift-mustache transforms. The
/// list, with what each takes and gives, is in `TemplateLibrary`'s doc, where users of the core
/// read it.
enum TemplateHelper {
    enum Outcome {
        case value(Any)
        /// The helper applies but gives nothing (`first` of an empty list): false in a section, an
        /// error in an interpolation.
        case noValue(reason: String)
        /// The helper exists but not for this kind of value.
        case notApplicable(needs: String)
        case unknown

        var value: Any? {
            if case .value(let value) = self { return value }
            return nil
        }
    }

    /// What each helper takes, for "helper 'bullets' needs a list of text" messages.
    static let needs: [String: String] = [
        "cell": "text or a list of text",
        "line": "text",
        "slug": "text",
        "bullets": "a list of text",
        "numbered": "a list of text",
        "joined": "a list of text",
        "sorted": "a list of text",
        "count": "a list",
        "reversed": "a list",
        "empty": "text or a list",
        "first": "a list (or, with no argument, '{{ first() }}' inside a list section)",
        "last": "a list (or, with no argument, '{{ last() }}' inside a list section)",
        "index": "no argument, inside a list section: '{{ index() }}'",
        "even": "a number (or, with no argument, '{{ even() }}' inside a list section)",
        "odd": "a number (or, with no argument, '{{ odd() }}' inside a list section)",
        "lowercased": "text",
        "uppercased": "text",
        "capitalized": "text",
        "plusone": "a number",
        "minusone": "a number",
        "equalzero": "a number",
    ]

    static let names: [String] = needs.keys.sorted()

    /// Applies helper `name` to a value of the template tree (or to a number a helper returned).
    ///
    /// - Parameter computingText: false when only the kind of the result matters (the check of an
    ///   interpolation): a helper that makes text then gives empty text instead of running.
    static func apply(_ name: String, to value: Any, computingText: Bool = true) -> Outcome {
        let outcome: Outcome
        switch value {
        case let text as TemplateValue.Text: outcome = apply(name, toText: text, computingText: computingText)
        case let list as TemplateValue.List: outcome = apply(name, toList: list, computingText: computingText)
        case let position as TemplateValue.SequencePosition: outcome = apply(name, toPosition: position)
        case let transformable as MustacheTransformable:
            // Numbers a helper returned (`count`, `index`): the engine's own transforms.
            outcome = transformable.transform(name).map { .value($0) } ?? .unknown
        default: outcome = .unknown
        }
        if case .unknown = outcome, let needs = needs[name] { return .notApplicable(needs: needs) }
        return outcome
    }

    static func apply(_ name: String, toText text: TemplateValue.Text, computingText: Bool = true) -> Outcome {
        let makeText: ((String) -> String)? = switch name {
        case "cell": MarkdownText.tableCell
        case "line": MarkdownText.singleLine
        case "slug": MarkdownText.slug
        case "lowercased": { $0.lowercased() }
        case "uppercased": { $0.uppercased() }
        case "capitalized": { $0.capitalized }
        default: nil
        }
        if let makeText { return .value(TemplateValue.Text(computingText ? makeText(text.text) : "")) }
        switch name {
        case "empty": return .value(text.text.isEmpty)
        default: return text.integer.flatMap { $0.transform(name) }.map { .value($0) } ?? .unknown
        }
    }

    static func apply(_ name: String, toList list: TemplateValue.List, computingText: Bool = true) -> Outcome {
        let makeText: (([String]) -> String)? = switch name {
        case "cell": { MarkdownText.tableCell($0.joined(separator: "\n")) }
        case "bullets": MarkdownText.bulletList
        case "numbered": MarkdownText.numberedList
        case "joined": { $0.joined(separator: ", ") }
        default: nil
        }
        let allText = list.items.allSatisfy { $0 is TemplateValue.Text }
        if let makeText, allText {
            return .value(TemplateValue.Text(computingText ? makeText(list.texts) : ""))
        }
        switch name {
        case "sorted" where allText: return .value(TemplateValue.List(list.texts.sorted().map { TemplateValue.Text($0) }))
        case "count": return .value(list.items.count)
        case "empty": return .value(list.items.isEmpty)
        case "reversed": return .value(TemplateValue.List(list.items.reversed()))
        case "first": return list.items.first.map { .value($0) } ?? .noValue(reason: "the list is empty")
        case "last": return list.items.last.map { .value($0) } ?? .noValue(reason: "the list is empty")
        default: return .unknown
        }
    }

    private static func apply(_ name: String, toPosition position: TemplateValue.SequencePosition) -> Outcome {
        switch name {
        case "first": .value(position.first)
        case "last": .value(position.last)
        case "index": .value(position.index)
        case "even": .value(position.index & 1 == 0)
        case "odd": .value(position.index & 1 == 1)
        default: .unknown
        }
    }
}
