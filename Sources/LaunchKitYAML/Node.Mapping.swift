extension Node {
    /// A mapping keeps its pairs in source order: order matters to people reading error messages and
    /// to rule files whose `swap` tables are tried in the order written.
    public struct Mapping: Hashable, Sendable {
        public struct Pair: Hashable, Sendable {
            public var key: Node
            public var value: Node

            public init(key: Node, value: Node) {
                self.key = key
                self.value = value
            }
        }

        public var pairs: [Pair]
        public var tag: String?
        public var isFlow: Bool
        public var mark: Mark

        public init(_ pairs: [Pair], tag: String? = nil, isFlow: Bool = false, mark: Mark = Mark(line: 1, column: 1)) {
            self.pairs = pairs
            self.tag = tag
            self.isFlow = isFlow
            self.mark = mark
        }

        /// The value of the first pair whose key is the scalar `key`.
        public subscript(key: String) -> Node? {
            pairs.first { $0.key.scalar?.string == key }?.value
        }

        /// The pair whose key is the scalar `key`, with the key's own node for locating errors.
        public func pair(forKey key: String) -> Pair? {
            pairs.first { $0.key.scalar?.string == key }
        }
    }
}
