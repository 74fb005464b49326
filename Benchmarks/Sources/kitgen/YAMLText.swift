import BenchSupport

/// The little YAML the generator writes: double-quoted scalars (safe for any text) and block lists.
enum YAMLText {
    static func quoted(_ text: String) -> String { DoubleQuoted.string(text) }

    static func list(_ key: String, _ items: [String], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = "\(pad)\(key):\n"
        for item in items {
            out += "\(pad)  - \(quoted(item))\n"
        }
        return out
    }
}
