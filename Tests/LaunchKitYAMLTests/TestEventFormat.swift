import LaunchKitYAML

/// Prints parser events in the yaml-test-suite `test.event` notation (one event per line).
enum TestEventFormat {
    static func line(for event: YAMLEvent) -> String {
        switch event.kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case .documentStart(let implicit): return implicit ? "+DOC" : "+DOC ---"
        case .documentEnd(let implicit): return implicit ? "-DOC" : "-DOC ..."
        case .alias(let anchor): return "=ALI *\(anchor)"
        case .sequenceStart(let anchor, let tag, let isFlow):
            return "+SEQ" + (isFlow ? " []" : "") + properties(anchor, tag)
        case .sequenceEnd: return "-SEQ"
        case .mappingStart(let anchor, let tag, let isFlow):
            return "+MAP" + (isFlow ? " {}" : "") + properties(anchor, tag)
        case .mappingEnd: return "-MAP"
        case .scalar(let value, let anchor, let tag, let style):
            let indicator = switch style {
            case .plain: ":"
            case .singleQuoted: "'"
            case .doubleQuoted: "\""
            case .literal: "|"
            case .folded: ">"
            }
            return "=VAL" + properties(anchor, tag) + " " + indicator + escape(value)
        }
    }

    private static func properties(_ anchor: String?, _ tag: String?) -> String {
        (anchor.map { " &\($0)" } ?? "") + (tag.map { " <\($0)>" } ?? "")
    }

    private static func escape(_ value: String) -> String {
        var text = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\0": text += "\\0"
            case "\u{08}": text += "\\b"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
