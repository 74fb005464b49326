extension Node {
    /// A scalar keeps its text exactly as written after YAML's own unescaping; the decoder, not the
    /// loader, decides what it means, so `version: 2.0` stays the string "2.0".
    public struct Scalar: Hashable, Sendable {
        public enum Style: Hashable, Sendable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        public var string: String
        public var style: Style
        public var tag: String?
        public var mark: Mark

        public init(_ string: String, style: Style = .plain, tag: String? = nil, mark: Mark = Mark(line: 1, column: 1)) {
            self.string = string
            self.style = style
            self.tag = tag
            self.mark = mark
        }

        /// True for the plain spellings of null in the YAML core schema (`~`, `null`, nothing).
        public var isNull: Bool {
            guard style == .plain, tag == nil else { return tag == "tag:yaml.org,2002:null" }
            switch string {
            case "", "~", "null", "Null", "NULL": return true
            default: return false
            }
        }
    }
}
