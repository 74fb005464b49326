import FuzzSupport
import LaunchKitStyles

@main
enum FuzzStyles {
    static func main() {
        FuzzDriver.run { data, size in
            fuzzStyles(data, size)
        }
    }
}

/// A Vale rule file (bytes before the first NUL) applied to a Markdown text (the rest): loading
/// must end in a rule or a located error, and linting must end, whatever the regexes and the text.
func fuzzStyles(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let yaml = String(decoding: bytes[..<split], as: UTF8.self)
    let text = split < bytes.count ? String(decoding: bytes[(split + 1)...], as: UTF8.self)
        : "CloudGuard may help your team leverage next-generation, best-in-class security.\n\n# A Heading\n\nIt was decided.\n"
    guard let rule = try? StyleRule.load(yaml: yaml, name: "Fuzz.Rule") else { return 0 }
    let linter = Linter(rules: [rule])
    for alert in linter.lint(markdown: text, file: "fuzz.md") + linter.lint(text: text, file: "fuzz.txt") {
        precondition(alert.line >= 1 && alert.column >= 1, "alerts carry 1-based positions")
    }
    return 0
}
