/// Builds ``Node`` trees from parser events without recursion, so nesting depth costs heap, not
/// stack, and every limit is checked at the event that crosses it.
struct NodeComposer {
    /// A collection being built. Frames are mutated in place on the stack (`stack[top].nodes.append`):
    /// binding an enum payload to a variable and storing it back copied the whole array on every
    /// item, which made a 200,000-item list take minutes.
    private struct Frame {
        enum Kind { case sequence, mapping }

        let kind: Kind
        let mark: Mark
        let tag: String?
        let isFlow: Bool
        let anchor: String?
        var nodes: [Node] = []
        var pairs: [Node.Mapping.Pair] = []
        var pendingKey: Node?
        /// Keys seen so far, built only once a mapping is large enough for a set to pay off.
        var keys: Set<String>?
        /// Nodes in the collection so far, counting expanded aliases, for the alias budget.
        var size = 1

        var node: Node {
            switch kind {
            case .sequence: .sequence(Node.Sequence(nodes, tag: tag, isFlow: isFlow, mark: mark))
            case .mapping: .mapping(Node.Mapping(pairs, tag: tag, isFlow: isFlow, mark: mark))
            }
        }

        /// Adds a key or, after a key, its value; checks duplicate scalar keys.
        mutating func addToMapping(_ node: Node, rejectDuplicates: Bool, file: String?) throws(YAMLError) {
            guard let key = pendingKey else {
                pendingKey = node
                return
            }
            if rejectDuplicates, let name = key.scalar?.string {
                try checkDuplicate(name, key: key, file: file)
            }
            pairs.append(Node.Mapping.Pair(key: key, value: node))
            pendingKey = nil
        }

        private mutating func checkDuplicate(_ name: String, key: Node, file: String?) throws(YAMLError) {
            if keys == nil, pairs.count < NodeComposer.linearKeyCheckLimit {
                if let first = pairs.first(where: { $0.key.scalar?.string == name }) {
                    throw NodeComposer.duplicate(name, at: key.mark, first: first.key.mark, file: file)
                }
                return
            }
            if keys == nil {
                keys = Set(pairs.compactMap { $0.key.scalar?.string })
            }
            if !keys!.insert(name).inserted {
                let first = pairs.first { $0.key.scalar?.string == name }
                throw NodeComposer.duplicate(name, at: key.mark, first: first?.key.mark, file: file)
            }
        }
    }

    /// Mappings with fewer pairs than this check duplicate keys by a scan instead of a set.
    static let linearKeyCheckLimit = 12

    let file: String?
    let limits: YAMLLimits
    let rejectsDuplicateKeys: Bool
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var aliasExpansion = 0
    private var nodeCount = 0
    private(set) var documents: [Node] = []
    private(set) var documentMarks: [Mark] = []

    init(file: String?, limits: YAMLLimits, rejectsDuplicateKeys: Bool) {
        self.file = file
        self.limits = limits
        self.rejectsDuplicateKeys = rejectsDuplicateKeys
    }

    mutating func consume(_ event: YAMLEvent) throws(YAMLError) {
        switch event.kind {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart:
            anchors.removeAll(keepingCapacity: true)
            documentMarks.append(event.start)
        case .alias(let anchor):
            guard let target = anchors[anchor] else {
                throw YAMLError(.syntax, "unknown alias '*\(anchor)'", at: event.start, file: file,
                                suggestion: "define '&\(anchor)' before using it")
            }
            aliasExpansion += target.size
            if aliasExpansion > limits.maxAliasExpansion {
                throw YAMLError(.limit, "aliases expand to more than \(limits.maxAliasExpansion) nodes", at: event.start, file: file,
                                suggestion: "write the values out instead of nesting aliases")
            }
            try add(target.node, size: target.size, anchor: nil, at: event.start)
        case .scalar(let value, let anchor, let tag, let style):
            try add(.scalar(Node.Scalar(value, style: style, tag: tag, mark: event.start)), size: 1, anchor: anchor, at: event.start)
        case .sequenceStart(let anchor, let tag, let isFlow):
            try push(Frame(kind: .sequence, mark: event.start, tag: tag, isFlow: isFlow, anchor: anchor))
        case .mappingStart(let anchor, let tag, let isFlow):
            try push(Frame(kind: .mapping, mark: event.start, tag: tag, isFlow: isFlow, anchor: anchor))
        case .sequenceEnd, .mappingEnd:
            let frame = stack.removeLast()
            try add(frame.node, size: frame.size, anchor: frame.anchor, at: event.start)
        }
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError(.limit, "nesting is deeper than \(limits.maxDepth) levels", at: frame.mark, file: file,
                            suggestion: "flatten the structure")
        }
        stack.append(frame)
    }

    private mutating func add(_ node: Node, size: Int, anchor: String?, at mark: Mark) throws(YAMLError) {
        nodeCount += size
        if nodeCount > limits.maxNodes {
            throw YAMLError(.limit, "the document has more than \(limits.maxNodes) nodes", at: mark, file: file)
        }
        if let anchor {
            anchors[anchor] = (node, size)
        }
        guard !stack.isEmpty else {
            documents.append(node)
            return
        }
        let top = stack.count - 1
        stack[top].size += size
        switch stack[top].kind {
        case .sequence:
            stack[top].nodes.append(node)
        case .mapping:
            try stack[top].addToMapping(node, rejectDuplicates: rejectsDuplicateKeys, file: file)
        }
    }

    static func duplicate(_ name: String, at mark: Mark, first: Mark?, file: String?) -> YAMLError {
        let previous = first.map { " (first defined at \($0))" } ?? ""
        return YAMLError(.syntax, "duplicate key '\(name)'\(previous)", at: mark, file: file,
                         suggestion: "remove one of them")
    }
}
