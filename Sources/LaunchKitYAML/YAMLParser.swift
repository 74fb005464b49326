import CYAML

/// A pull parser over libyaml's event API: the one place that touches C memory.
///
/// The parser owns a private copy of the input and its `yaml_parser_t` at a fixed address (libyaml
/// keeps a pointer to the parser inside itself), so nothing can move or free them while parsing.
/// Every event is copied into a Swift ``YAMLEvent`` and deleted before ``next()`` returns.
public final class YAMLParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let file: String?
    private var finished = false

    /// - Parameters:
    ///   - bytes: the YAML text; libyaml detects UTF-8 or UTF-16 from a byte-order mark, UTF-8 otherwise.
    ///   - file: the path to name in errors.
    public init(bytes: some Collection<UInt8>, file: String? = nil) {
        self.file = file
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or nil after the stream has ended.
    ///
    /// - Throws: ``YAMLError`` of kind `.syntax` with libyaml's problem and its position.
    public func next() throws(YAMLError) -> YAMLEvent? {
        guard !finished else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            finished = true
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        let start = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(implicit: event.data.document_start.implicit != 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(implicit: event.data.document_end.implicit != 0)
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: Self.string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            kind = .scalar(value: value, anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag), style: Self.style(scalar.style))
        case YAML_SEQUENCE_START_EVENT:
            let sequence = event.data.sequence_start
            kind = .sequenceStart(anchor: Self.string(sequence.anchor), tag: Self.string(sequence.tag), isFlow: sequence.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let mapping = event.data.mapping_start
            kind = .mappingStart(anchor: Self.string(mapping.anchor), tag: Self.string(mapping.tag), isFlow: mapping.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        default:
            finished = true
            throw YAMLError(.syntax, "unexpected event from libyaml", at: start, file: file)
        }
        return YAMLEvent(kind: kind, start: start)
    }

    private func currentError() -> YAMLError {
        let state = parser.pointee
        var message = Self.string(state.problem) ?? "invalid YAML"
        if let context = Self.string(state.context) {
            message += " \(context)"
        }
        let mark: Mark
        if state.error == YAML_READER_ERROR {
            // Encoding errors carry a byte offset, not a line and column.
            message = "invalid text encoding: \(message)"
            mark = Self.mark(ofByteOffset: state.problem_offset, in: UnsafeBufferPointer(input))
        } else {
            mark = Mark(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
        }
        return YAMLError(.syntax, message, at: mark, file: file)
    }

    /// Line and column (in characters) of a byte offset, for errors that libyaml reports by offset.
    static func mark(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> Node.Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
