extension Node {
    public struct Sequence: Hashable, Sendable {
        public var nodes: [Node]
        public var tag: String?
        public var isFlow: Bool
        public var mark: Mark

        public init(_ nodes: [Node], tag: String? = nil, isFlow: Bool = false, mark: Mark = Mark(line: 1, column: 1)) {
            self.nodes = nodes
            self.tag = tag
            self.isFlow = isFlow
            self.mark = mark
        }
    }
}
