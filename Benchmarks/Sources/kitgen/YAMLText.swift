/// The little YAML the generator writes: double-quoted scalars (safe for any text) and block lists.
enum YAMLText {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func list(_ key: String, _ items: [String], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = "\(pad)\(key):\n"
        for item in items {
            out += "\(pad)  - \(quoted(item))\n"
        }
        return out
    }
}
