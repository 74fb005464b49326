import FuzzSupport
import LaunchKitCore

@main
enum FuzzTemplates {
    static func main() {
        FuzzDriver.run { data, size in
            fuzzTemplates(data, size)
        }
    }
}

/// A view model with the shapes stages use: text, lists, nested objects, optionals, numbers.
/// Read-only after initialisation; libFuzzer calls the target from one thread.
nonisolated(unsafe) private let viewModel: [String: Any] = [
    "name": "Skyline | Security\n<script>x</script>",
    "release": ["product": "CloudGuard", "version": "2.0", "title": "CloudGuard 2.0"],
    "strengths": ["Fast", "Agentless"],
    "objections": [["objection": "Price?", "answer": "See ROI"], ["objection": "Setup", "answer": "An hour"]],
    "pricing_notes": Optional<String>.none as Any,
    "count": 3,
    "flag": true,
]

/// Template text (the first half) and a partial (the second): parsing, checking and rendering must
/// end in text or a located `TemplateError`, never a crash or a hang.
func fuzzTemplates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.count / 2
    let template = String(decoding: bytes[..<split], as: UTF8.self)
    let partial = String(decoding: bytes[split...], as: UTF8.self)
    do {
        let library = try TemplateLibrary(defaults: ["page.mustache": template, "part.mustache": partial], overrideFiles: [:])
        _ = try library.render("page", viewModel)
    } catch {
        precondition(error.line >= 0 && error.column >= 0, "positions are never negative")
    }
    return 0
}
