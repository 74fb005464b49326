/// The `Decoder` for one node. It remembers which keys its type asked for, so the strict
/// unknown-key check can run once the type has finished decoding itself.
final class NodeDecoderImpl: Decoder {
    let node: Node
    let codingPath: [any CodingKey]
    let state: DecodingState
    /// Keys asked for through keyed containers on this node, in the order asked (repeats kept);
    /// nil when none was opened. An array, not a set: hashing every key of every mapping was a
    /// fifth of decoding, and the unknown-key check that reads it scans a handful of names.
    var requestedKeys: [String]?

    var userInfo: [CodingUserInfoKey: Any] { state.userInfo }

    init(node: Node, codingPath: [any CodingKey], state: DecodingState) {
        self.node = node
        self.codingPath = codingPath
        self.state = state
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw state.error(expected: "a mapping", node, path: codingPath)
        }
        if requestedKeys == nil {
            requestedKeys = []
            requestedKeys!.reserveCapacity(max(8, mapping.pairs.count))
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw state.error(expected: "a list", node, path: codingPath)
        }
        return UnkeyedContainer(state: state, nodes: sequence.nodes, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(state: state, node: node, codingPath: codingPath)
    }
}

extension Decoder {
    /// The source position of the value being decoded, when decoding from YAML through ``NodeDecoder``.
    public var yamlMark: Mark? { (self as? NodeDecoderImpl)?.node.mark }

    /// The node being decoded, for types that need more than `Decodable` offers (source order of a
    /// mapping, the style of a scalar).
    public var yamlNode: Node? { (self as? NodeDecoderImpl)?.node }

    /// The file named when decoding started.
    public var yamlFile: String? { (self as? NodeDecoderImpl)?.state.file }

    /// The error a type throws when the node has the wrong shape for it, worded and located like
    /// the decoder's own ("expected a list for 'messages[0].personas', found a mapping"), so a
    /// type that accepts several shapes can say which ones instead of naming the last it tried.
    public func yamlTypeMismatch(expected: String) -> any Error {
        guard let impl = self as? NodeDecoderImpl else {
            return DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "expected \(expected)"))
        }
        return impl.state.error(expected: expected, impl.node, path: codingPath)
    }
}

struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeDecoderImpl
    let mapping: Node.Mapping
    /// Each pair's key as text, read once: matching a key against the nodes themselves copied every
    /// pair on every lookup, the decoder's largest cost.
    private let names: [String?]
    /// Built only for large mappings, where a scan per key would cost more than the dictionary.
    private let index: [String: Int]?

    var codingPath: [any CodingKey] { decoder.codingPath }

    init(decoder: NodeDecoderImpl, mapping: Node.Mapping) {
        self.decoder = decoder
        self.mapping = mapping
        names = mapping.pairs.map { pair in
            if case .scalar(let scalar) = pair.key { scalar.string } else { nil }
        }
        if names.count > 16 {
            var index: [String: Int] = [:]
            for (offset, name) in names.enumerated() {
                if let name, index[name] == nil { index[name] = offset }
            }
            self.index = index
        } else {
            index = nil
        }
    }

    var allKeys: [Key] {
        names.compactMap { name in
            guard let name else { return nil }
            decoder.requestedKeys?.append(name)
            return Key(stringValue: name)
        }
    }

    private func value(for key: Key) -> Node? {
        let name = key.stringValue
        decoder.requestedKeys?.append(name)
        let position = index.map { $0[name] } ?? names.firstIndex(of: name)
        return position.map { mapping.pairs[$0].value }
    }

    private func require(_ key: Key) throws -> Node {
        if let node = value(for: key) { return node }
        let place = codingPath.isEmpty ? "" : " in '\(codingPath.dottedPath)'"
        let written = names.compactMap { $0 }
        // A near-miss spelling is almost always the missing key mistyped: point at it.
        if let typo = NearestMatch.find(key.stringValue, in: written), let pair = mapping.pair(forKey: typo) {
            throw YAMLError(.decoding, "missing required key '\(key.stringValue)'\(place) (found '\(typo)')", at: pair.key.mark,
                            file: decoder.state.file, suggestion: "rename '\(typo)' to '\(key.stringValue)'")
        }
        throw YAMLError(.decoding, "missing required key '\(key.stringValue)'\(place)", at: mapping.mark, file: decoder.state.file,
                        suggestion: "add '\(key.stringValue): ...'")
    }

    func contains(_ key: Key) -> Bool {
        value(for: key) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard case .scalar(let scalar) = try require(key) else { return false }
        return scalar.isNull
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.state.decode(type, from: require(key), path: codingPath + [key])
    }

    /// One lookup instead of the protocol's default `contains`, `decodeNil`, `decode`.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = value(for: key) else { return nil }
        if case .scalar(let scalar) = node, scalar.isNull { return nil }
        return try decoder.state.decode(type, from: node, path: codingPath + [key])
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let node = value(for: key) else { return nil }
        if case .scalar(let scalar) = node { return scalar.isNull ? nil : scalar.string }
        return try decoder.state.string(node, path: codingPath + [key])
    }

    // The common leaf types skip `decode<T>`'s generic dispatch and build the path only for errors.
    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        let node = try require(key)
        if case .scalar(let scalar) = node, !scalar.isNull { return scalar.string }
        return try decoder.state.string(node, path: codingPath + [key])
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try decoder.state.bool(require(key), path: codingPath + [key])
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try decoder.state.integer(Int.self, require(key), path: codingPath + [key])
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try decoder.state.double(require(key), path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = NodeDecoderImpl(node: try require(key), codingPath: codingPath + [key], state: decoder.state)
        return try nested.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let nested = NodeDecoderImpl(node: try require(key), codingPath: codingPath + [key], state: decoder.state)
        return try nested.unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoderImpl(node: .mapping(mapping), codingPath: codingPath, state: decoder.state)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoderImpl(node: try require(key), codingPath: codingPath + [key], state: decoder.state)
    }
}

struct UnkeyedContainer: UnkeyedDecodingContainer {
    let state: DecodingState
    let nodes: [Node]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(state: DecodingState, nodes: [Node], codingPath: [any CodingKey]) {
        self.state = state
        self.nodes = nodes
        self.codingPath = codingPath
    }

    var count: Int? { nodes.count }
    var isAtEnd: Bool { currentIndex >= nodes.count }

    private mutating func next() throws -> (Node, [any CodingKey]) {
        guard !isAtEnd else { throw tooFewItems() }
        defer { currentIndex += 1 }
        return (nodes[currentIndex], currentPath)
    }

    private func tooFewItems() -> YAMLError {
        YAMLError(.decoding, "the list '\(codingPath.dottedPath)' has too few items", at: nodes.last?.mark, file: state.file)
    }

    private var currentPath: [any CodingKey] { codingPath + [IndexKey(currentIndex)] }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .scalar(let scalar) = nodes[currentIndex], scalar.isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw tooFewItems() }
        defer { currentIndex += 1 }
        return try state.decode(type, from: nodes[currentIndex], path: currentPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (node, path) = try next()
        return try NodeDecoderImpl(node: node, codingPath: path, state: state).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (node, path) = try next()
        return try NodeDecoderImpl(node: node, codingPath: path, state: state).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (node, path) = try next()
        return NodeDecoderImpl(node: node, codingPath: path, state: state)
    }
}

struct SingleValueContainer: SingleValueDecodingContainer {
    let state: DecodingState
    let node: Node
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool {
        if case .scalar(let scalar) = node { return scalar.isNull }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { try state.bool(node, path: codingPath) }
    func decode(_ type: String.Type) throws -> String { try state.string(node, path: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try state.double(node, path: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try state.double(node, path: codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try state.integer(type, node, path: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try state.integer(type, node, path: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try state.integer(type, node, path: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try state.integer(type, node, path: codingPath) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try state.decode(type, from: node, path: codingPath)
    }
}
