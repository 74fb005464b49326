/// Builds ``Node`` trees from parser events without recursion, so nesting depth costs heap, not
/// stack, and every limit is checked at the event that crosses it.
struct NodeComposer {
    private enum Frame {
        case sequence(Node.Sequence, anchor: String?, size: Int)
        case mapping(Node.Mapping, anchor: String?, size: Int, pendingKey: Node?, keys: Set<String>?)
    }

    /// Mappings with fewer pairs than this check duplicate keys by a scan instead of a set.
    private static let linearKeyCheckLimit = 12

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
            try push(at: event.start)
            stack.append(.sequence(Node.Sequence([], tag: tag, isFlow: isFlow, mark: event.start), anchor: anchor, size: 1))
        case .mappingStart(let anchor, let tag, let isFlow):
            try push(at: event.start)
            stack.append(.mapping(Node.Mapping([], tag: tag, isFlow: isFlow, mark: event.start), anchor: anchor, size: 1, pendingKey: nil, keys: nil))
        case .sequenceEnd, .mappingEnd:
            switch stack.removeLast() {
            case .sequence(let sequence, let anchor, let size):
                try add(.sequence(sequence), size: size, anchor: anchor, at: event.start)
            case .mapping(let mapping, let anchor, let size, _, _):
                try add(.mapping(mapping), size: size, anchor: anchor, at: event.start)
            }
        }
    }

    private func push(at mark: Mark) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError(.limit, "nesting is deeper than \(limits.maxDepth) levels", at: mark, file: file,
                            suggestion: "flatten the structure")
        }
    }

    private mutating func add(_ node: Node, size: Int, anchor: String?, at mark: Mark) throws(YAMLError) {
        nodeCount += size
        if nodeCount > limits.maxNodes {
            throw YAMLError(.limit, "the document has more than \(limits.maxNodes) nodes", at: mark, file: file)
        }
        if let anchor {
            anchors[anchor] = (node, size)
        }
        guard let top = stack.popLast() else {
            documents.append(node)
            return
        }
        switch top {
        case .sequence(var sequence, let anchor, let parentSize):
            sequence.nodes.append(node)
            stack.append(.sequence(sequence, anchor: anchor, size: parentSize + size))
        case .mapping(var mapping, let anchor, let parentSize, let pendingKey, var keys):
            if let key = pendingKey {
                if rejectsDuplicateKeys, let name = key.scalar?.string {
                    try checkDuplicate(name, key: key, in: mapping, keys: &keys)
                }
                mapping.pairs.append(Node.Mapping.Pair(key: key, value: node))
                stack.append(.mapping(mapping, anchor: anchor, size: parentSize + size, pendingKey: nil, keys: keys))
            } else {
                stack.append(.mapping(mapping, anchor: anchor, size: parentSize + size, pendingKey: node, keys: keys))
            }
        }
    }

    private func checkDuplicate(_ name: String, key: Node, in mapping: Node.Mapping, keys: inout Set<String>?) throws(YAMLError) {
        if keys == nil, mapping.pairs.count < Self.linearKeyCheckLimit {
            if let first = mapping.pairs.first(where: { $0.key.scalar?.string == name }) {
                throw duplicate(name, at: key.mark, first: first.key.mark)
            }
            return
        }
        if keys == nil {
            keys = Set(mapping.pairs.compactMap { $0.key.scalar?.string })
        }
        if !keys!.insert(name).inserted {
            let first = mapping.pairs.first { $0.key.scalar?.string == name }
            throw duplicate(name, at: key.mark, first: first?.key.mark)
        }
    }

    private func duplicate(_ name: String, at mark: Mark, first: Mark?) -> YAMLError {
        let previous = first.map { " (first defined at \($0))" } ?? ""
        return YAMLError(.syntax, "duplicate key '\(name)'\(previous)", at: mark, file: file,
                         suggestion: "remove one of them")
    }
}
