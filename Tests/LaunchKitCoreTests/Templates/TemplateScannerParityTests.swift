@testable import LaunchKitCore
import LaunchKitTestSupport
import Mustache
import Testing

/// The missing-value check is only as good as the scanner's agreement with swift-mustache on which
/// tags a template has. These differential tests generate random templates from tag fragments (a
/// fixed seed, so a failure reproduces) and compare the two.
@Suite("template scanner parity with swift-mustache")
struct TemplateScannerParityTests {
    static let fragments = [
        "{{", "}}", "{", "}", "#", "^", "/", "!", "&", ">", "<", "$", "=", "%", "a", "b", ".", " ", "\n", "\r\n",
        "(", ")", "x", "é", "*", ":", "<%", "%>", "{{=<% %>=}}", "{{#a}}", "{{/a}}", "{{^b}}", "{{/b}}", "{{a}}",
        "{{{a}}}", "{{$x}}", "{{/x}}", "{{b.a}}", "{{!c}}", "{{ c }}", "<%c%>", "{{>p}}", "<%#a%>", "<%/a%>",
        "CONTENT_TYPE: TEXT", "{{ cell(a) }}",
    ]

    /// Where the scanner is deliberately stricter than the engine (see `TemplateScanner`).
    static let stricter = ["empty tag", "unclosed tag", "at the end of a line"]

    static func templates(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...10, using: &generator)
            return (0..<length).map { _ in fragments.randomElement(using: &generator)! }.joined()
        }
    }

    @Test func whatTheEngineParsesTheScannerParsesSaveItsStricterRules() {
        var unexpected: [String] = []
        for template in Self.templates(count: 20_000, seed: 1) {
            guard (try? MustacheTemplate(string: template)) != nil else { continue }
            do {
                _ = try TemplateScanner.parse(template, file: "f")
            } catch {
                if !Self.stricter.contains(where: error.message.contains) {
                    unexpected.append("\(template.debugDescription): \(error)")
                }
            }
        }
        #expect(unexpected.prefix(10) == [])
    }

    /// A root object that records every name the engine asks it for and has none.
    final class Recorder: MustacheParent {
        var asked: [String] = []
        func child(named name: String) -> Any? {
            asked.append(name)
            return nil
        }
    }

    /// The names the engine asks an empty root for, by the scanner's nodes: each tag's first name
    /// part, entering only inverted sections and block defaults (everything else is false).
    static func asked(_ nodes: [TemplateNode]) -> [String] {
        var names: [String] = []
        func ask(_ tag: TemplateNode.Tag) {
            guard tag.name != ".", let first = tag.name.split(separator: ".").first else { return }
            names.append(String(first))
        }
        for node in nodes {
            switch node {
            case .interpolation(let tag, _):
                ask(tag)
            case .section(let tag, let inverted, let body):
                ask(tag)
                if inverted, tag.name != "." { names += asked(body) }
            case .block(_, _, let body):
                names += asked(body)
            case .partial, .dynamicPartial, .parent:
                break
            }
        }
        return names
    }

    @Test func theScannerSeesTheTagsTheEngineRenders() {
        var compared = 0
        var mismatches: [String] = []
        for template in Self.templates(count: 20_000, seed: 2) {
            guard let engine = try? MustacheTemplate(string: template),
                let nodes = try? TemplateScanner.parse(template, file: "f")
            else { continue }
            let recorder = Recorder()
            _ = engine.render(recorder)
            compared += 1
            if recorder.asked != Self.asked(nodes) {
                mismatches.append("\(template.debugDescription): engine \(recorder.asked), scanner \(Self.asked(nodes))")
            }
        }
        #expect(compared > 5_000)
        #expect(mismatches.prefix(10) == [])
    }
}
