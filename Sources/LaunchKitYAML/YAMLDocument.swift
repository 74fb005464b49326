/// Entry points that turn YAML bytes into ``Node`` trees.
public enum YAMLDocument {
    /// Parses a stream that must hold at most one document.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 (or BOM-marked UTF-16) YAML text.
    ///   - file: the path to name in errors.
    ///   - limits: guards against hostile input.
    ///   - rejectsDuplicateKeys: whether a mapping may repeat a key (YAML forbids it; libyaml allows it).
    /// - Returns: the document's root, or nil for a stream without documents (an empty file).
    /// - Throws: ``YAMLError`` with the position of the first problem, including a second document.
    public static func load(
        _ bytes: some Collection<UInt8>, file: String? = nil, limits: YAMLLimits = .default, rejectsDuplicateKeys: Bool = true
    ) throws(YAMLError) -> Node? {
        let composer = try compose(bytes, file: file, limits: limits, rejectsDuplicateKeys: rejectsDuplicateKeys, stopAfter: 2)
        if composer.documents.count > 1 {
            throw YAMLError(.syntax, "expected a single YAML document, found another one", at: composer.documentMarks[1], file: file,
                            suggestion: "remove the second '---' or split the file")
        }
        return composer.documents.first
    }

    /// Parses every document of a stream.
    public static func loadAll(
        _ bytes: some Collection<UInt8>, file: String? = nil, limits: YAMLLimits = .default, rejectsDuplicateKeys: Bool = true
    ) throws(YAMLError) -> [Node] {
        try compose(bytes, file: file, limits: limits, rejectsDuplicateKeys: rejectsDuplicateKeys, stopAfter: .max).documents
    }

    private static func compose(
        _ bytes: some Collection<UInt8>, file: String?, limits: YAMLLimits, rejectsDuplicateKeys: Bool, stopAfter maxDocuments: Int
    ) throws(YAMLError) -> NodeComposer {
        let parser = YAMLParser(bytes: bytes, file: file)
        var composer = NodeComposer(file: file, limits: limits, rejectsDuplicateKeys: rejectsDuplicateKeys)
        while let event = try parser.next() {
            try composer.consume(event)
            if composer.documents.count >= maxDocuments { break }
        }
        return composer
    }
}
