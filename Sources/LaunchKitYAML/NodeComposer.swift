/// Builds ``Node`` trees from parser events without recursion, so nesting depth costs heap, not
/// stack, and every limit is checked at the event that crosses it.
struct NodeComposer {
    /// A collection being built. Its children sit on the composer's one `values` stack from
    /// `start` on and are moved off it into the collection's node when it ends (see `NodeStack`).
    /// Frames used to hold their own arrays, copied into the node at the end and then released:
    /// a retain and a release for every string, and arrays grown item by item.
    private struct Frame {
        enum Kind { case sequence, mapping }

        let kind: Kind
        let mark: Mark
        let tag: String?
        let isFlow: Bool
        let anchor: String?
        /// Where this collection's children begin on `values`; in a mapping they alternate key,
        /// value.
        let start: Int
        /// Keys seen so far, built only once a mapping is large enough for a set to pay off.
        var keys: Set<String>?
        /// Nodes in the collection so far, counting expanded aliases, for the alias budget.
        var size = 1
    }

    /// Mappings with fewer pairs than this check duplicate keys by a scan instead of a set.
    static let linearKeyCheckLimit = 12

    let file: String?
    let limits: YAMLLimits
    let rejectsDuplicateKeys: Bool
    private var stack: [Frame] = []
    private let values = NodeStack()
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

    mutating func consume(_ event: consuming YAMLEvent) throws(YAMLError) {
        let start = event.start
        // Ending the event's life before the switch lets each case move the event's strings into
        // the node: a copy would cost a retain now and a release when the event is dropped, for
        // every scalar of the file.
        let kind = event.kind
        _ = consume event
        switch consume kind {
        case .streamStart, .streamEnd, .documentEnd:
            break
        case .documentStart:
            anchors.removeAll(keepingCapacity: true)
            documentMarks.append(start)
        case .alias(let anchor):
            guard let target = anchors[anchor] else {
                throw YAMLError(.syntax, "unknown alias '*\(anchor)'", at: start, file: file,
                                suggestion: "define '&\(anchor)' before using it")
            }
            aliasExpansion += target.size
            if aliasExpansion > limits.maxAliasExpansion {
                throw YAMLError(.limit, "aliases expand to more than \(limits.maxAliasExpansion) nodes", at: start, file: file,
                                suggestion: "write the values out instead of nesting aliases")
            }
            try add(target.node, size: target.size, anchor: nil, at: start)
        case .scalar(let value, let anchor, let tag, let style):
            try add(.scalar(Node.Scalar(value, style: style, tag: tag, mark: start)), size: 1, anchor: anchor, at: start)
        case .sequenceStart(let anchor, let tag, let isFlow):
            try push(Frame(kind: .sequence, mark: start, tag: tag, isFlow: isFlow, anchor: anchor, start: values.count))
        case .mappingStart(let anchor, let tag, let isFlow):
            try push(Frame(kind: .mapping, mark: start, tag: tag, isFlow: isFlow, anchor: anchor, start: values.count))
        case .sequenceEnd, .mappingEnd:
            let frame = stack.removeLast()
            try add(close(frame), size: frame.size, anchor: frame.anchor, at: start)
        }
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError(.limit, "nesting is deeper than \(limits.maxDepth) levels", at: frame.mark, file: file,
                            suggestion: "flatten the structure")
        }
        stack.append(frame)
    }

    private mutating func add(_ node: consuming Node, size: Int, anchor: String?, at mark: Mark) throws(YAMLError) {
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
        if stack[top].kind == .mapping, rejectsDuplicateKeys, (values.count - stack[top].start) % 2 == 0,
           case .scalar(let key) = node {
            try checkDuplicate(key, in: top)
        }
        values.push(node)
    }

    /// Takes a collection's children off `values` into its node.
    private func close(_ frame: Frame) -> Node {
        switch frame.kind {
        case .sequence:
            .sequence(Node.Sequence(values.popNodes(from: frame.start), tag: frame.tag, isFlow: frame.isFlow, mark: frame.mark))
        case .mapping:
            .mapping(Node.Mapping(values.popPairs(from: frame.start), tag: frame.tag, isFlow: frame.isFlow, mark: frame.mark))
        }
    }

    /// Throws when scalar `key` is already a key of the mapping in frame `top`.
    private mutating func checkDuplicate(_ key: Node.Scalar, in top: Int) throws(YAMLError) {
        let start = stack[top].start
        let keyCount = (values.count - start) / 2
        if stack[top].keys == nil, keyCount < Self.linearKeyCheckLimit {
            if let first = firstKey(named: key.string, from: start) {
                throw Self.duplicate(key.string, at: key.mark, first: first, file: file)
            }
            return
        }
        if stack[top].keys == nil {
            var keys = Set<String>(minimumCapacity: keyCount * 2)
            for index in stride(from: start, to: values.count, by: 2) {
                if let existing = values.scalar(at: index) { keys.insert(existing.string) }
            }
            stack[top].keys = keys
        }
        if !stack[top].keys!.insert(key.string).inserted {
            throw Self.duplicate(key.string, at: key.mark, first: firstKey(named: key.string, from: start), file: file)
        }
    }

    /// Where the first key `name` of the mapping whose children start at `start` is.
    private func firstKey(named name: String, from start: Int) -> Mark? {
        for index in stride(from: start, to: values.count, by: 2) {
            if let existing = values.scalar(at: index), existing.string == name { return existing.mark }
        }
        return nil
    }

    static func duplicate(_ name: String, at mark: Mark, first: Mark?, file: String?) -> YAMLError {
        let previous = first.map { " (first defined at \($0))" } ?? ""
        return YAMLError(.syntax, "duplicate key '\(name)'\(previous)", at: mark, file: file,
                         suggestion: "remove one of them")
    }
}
