/// Decodes `Decodable` values from ``Node`` trees, strictly and with positions.
///
/// Two things set it apart from a generic decoder, both for the people who write the YAML:
/// - **Every error is located.** A type mismatch is reported at the failing node's mark with the
///   path a person would write (`expected an integer for 'pipeline[2].with.fail-under', found 'ten'`).
/// - **Unknown keys are errors.** After a type has decoded itself from a mapping, every key it did
///   not ask for is reported at the key's own mark, with the nearest key it did ask for. All unknown
///   keys of a document are collected and thrown together as ``YAMLErrors``.
///
/// Booleans accept only `true` and `false`; a scalar keeps its written text, so `version: 2.0`
/// decodes as the string "2.0".
public struct NodeDecoder {
    public var file: String?
    public var userInfo: [CodingUserInfoKey: any Sendable]

    public init(file: String? = nil, userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        self.file = file
        self.userInfo = userInfo
    }

    /// - Parameters:
    ///   - type: the type to decode.
    ///   - node: the node to decode it from.
    ///   - codingPath: where `node` sits in a larger document, so messages name the full path.
    /// - Throws: ``YAMLErrors`` holding every unknown key and the first type error, in source order.
    public func decode<T: Decodable>(_ type: T.Type, from node: Node, codingPath: [any CodingKey] = []) throws(YAMLErrors) -> T {
        let state = DecodingState(file: file, userInfo: userInfo)
        do {
            let value = try state.decode(type, from: node, path: codingPath)
            if !state.unknownKeys.isEmpty { throw YAMLErrors(Self.sorted(state.unknownKeys)) }
            return value
        } catch let error as YAMLErrors {
            throw error
        } catch let error as YAMLError {
            throw YAMLErrors(Self.sorted(state.unknownKeys + [error]))
        } catch {
            throw YAMLErrors([YAMLError(.decoding, "\(error)", at: node.mark, file: file)])
        }
    }

    private static func sorted(_ errors: [YAMLError]) -> [YAMLError] {
        errors.sorted { ($0.mark ?? Mark(line: 0, column: 0)) < ($1.mark ?? Mark(line: 0, column: 0)) }
    }

    /// Loads a single-document YAML text and decodes it.
    ///
    /// - Throws: ``YAMLErrors`` for syntax errors, limits and decoding errors alike; an empty text is
    ///   an error ("the file is empty").
    public func decode<T: Decodable>(_ type: T.Type, fromYAML bytes: some Collection<UInt8>, limits: YAMLLimits = .default) throws(YAMLErrors) -> T {
        let root: Node?
        do {
            root = try YAMLDocument.load(bytes, file: file, limits: limits)
        } catch {
            throw YAMLErrors([error])
        }
        guard let root else {
            throw YAMLErrors([YAMLError(.decoding, "the file is empty", at: Mark(line: 1, column: 1), file: file,
                                        suggestion: "add the expected content")])
        }
        return try decode(type, from: root)
    }
}

/// What one decoding run shares between its nested decoders.
final class DecodingState {
    let file: String?
    let userInfo: [CodingUserInfoKey: Any]
    var unknownKeys: [YAMLError] = []

    init(file: String?, userInfo: [CodingUserInfoKey: any Sendable]) {
        self.file = file
        self.userInfo = userInfo
    }

    /// - Parameter path: built only when it is needed (a nested decoder, an error): building it for
    ///   every leaf of a large document was a measurable share of decoding.
    func decode<T: Decodable>(_ type: T.Type, from node: Node, path: @autoclosure () -> [any CodingKey]) throws -> T {
        // Fast paths: the common leaf types skip building a decoder.
        if T.self == String.self {
            if case .scalar(let scalar) = node, !scalar.isNull { return scalar.string as! T }
            return try string(node, path: path()) as! T
        }
        if T.self == Int.self { return try integer(Int.self, node, path: path()) as! T }
        if T.self == Bool.self { return try bool(node, path: path()) as! T }
        if T.self == Double.self { return try double(node, path: path()) as! T }
        let path = path()
        let decoder = NodeDecoderImpl(node: node, codingPath: path, state: self)
        let value: T
        do {
            value = try T(from: decoder)
        } catch let error as DecodingError {
            throw locate(error, node: node, path: path, type: T.self)
        }
        if let requested = decoder.requestedKeys, case .mapping(let mapping) = node {
            reportUnknownKeys(in: mapping, requested: requested, path: path)
        }
        return value
    }

    private func reportUnknownKeys(in mapping: Node.Mapping, requested: [String], path: [any CodingKey]) {
        // A set only for large mappings; a type's handful of keys is cheaper to scan than to hash.
        let requestedSet = mapping.pairs.count * requested.count > 256 ? Set(requested) : nil
        for pair in mapping.pairs {
            guard let name = pair.key.scalar?.string,
                  !(requestedSet?.contains(name) ?? requested.contains(name)) else { continue }
            let place = path.isEmpty ? "" : " in '\(path.dottedPath)'"
            let known = Set(requested).sorted()
            let suggestion = NearestMatch.find(name, in: known).map { "did you mean '\($0)'?" }
                ?? "expected one of: \(known.joined(separator: ", "))"
            unknownKeys.append(YAMLError(.decoding, "unknown key '\(name)'\(place)", at: pair.key.mark, file: file, suggestion: suggestion))
        }
    }

    // MARK: Leaf values

    func error(expected: String, _ node: Node, path: [any CodingKey], suggestion: String? = nil) -> YAMLError {
        let place = path.isEmpty ? "" : " for '\(path.dottedPath)'"
        return YAMLError(.decoding, "expected \(expected)\(place), found \(node.kindDescription)", at: node.mark, file: file, suggestion: suggestion)
    }

    func string(_ node: Node, path: [any CodingKey]) throws -> String {
        guard case .scalar(let scalar) = node, !scalar.isNull else {
            throw error(expected: "a string", node, path: path)
        }
        return scalar.string
    }

    func bool(_ node: Node, path: [any CodingKey]) throws -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            if scalar.string == "true" { return true }
            if scalar.string == "false" { return false }
        }
        throw error(expected: "true or false", node, path: path)
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: Node, path: [any CodingKey]) throws -> I {
        if case .scalar(let scalar) = node, !scalar.isNull {
            let text = scalar.string.hasPrefix("+") ? String(scalar.string.dropFirst()) : scalar.string
            if let value = I(text) { return value }
        }
        throw error(expected: "an integer", node, path: path)
    }

    func double(_ node: Node, path: [any CodingKey]) throws -> Double {
        if case .scalar(let scalar) = node, !scalar.isNull, let value = Double(scalar.string), value.isFinite {
            return value
        }
        throw error(expected: "a number", node, path: path)
    }

    // MARK: Errors thrown by types' own initialisers

    private func locate<T>(_ error: DecodingError, node: Node, path: [any CodingKey], type: T.Type) -> YAMLError {
        switch error {
        case .dataCorrupted(let context), .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            if case .scalar(let scalar) = node, let names = Self.caseNames(of: type) {
                let place = path.isEmpty ? "" : " for '\(path.dottedPath)'"
                let suggestion = NearestMatch.find(scalar.string, in: names).map { "did you mean '\($0)'?" }
                    ?? "expected one of: \(names.joined(separator: ", "))"
                return YAMLError(.decoding, "unknown value '\(scalar.string.truncatedForMessage)'\(place)", at: node.mark, file: file, suggestion: suggestion)
            }
            let place = path.isEmpty ? "" : "'\(path.dottedPath)': "
            return YAMLError(.decoding, place + context.debugDescription, at: node.mark, file: file)
        @unknown default:
            return YAMLError(.decoding, "\(error)", at: node.mark, file: file)
        }
    }

    /// The raw values of a string-backed enum, to list the valid spellings when one is mistyped.
    private static func caseNames<T>(of type: T.Type) -> [String]? {
        guard let iterable = type as? any CaseIterable.Type else { return nil }
        let names = rawNames(iterable)
        return names.isEmpty ? nil : names
    }

    private static func rawNames<C: CaseIterable>(_ type: C.Type) -> [String] {
        C.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
    }
}
