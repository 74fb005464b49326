/// The bytes of one input file and the name to show for it in messages.
public struct InputFile: Sendable {
    /// The path shown to the user: relative to the working directory when inside it.
    public var displayPath: String
    public var bytes: [UInt8]

    public init(displayPath: String, bytes: [UInt8]) {
        self.displayPath = displayPath
        self.bytes = bytes
    }

    /// The file as UTF-8 text without a byte-order mark.
    ///
    /// - Throws: ``DiagnosticError`` at the line and column of the first invalid byte, or for a
    ///   UTF-16 file, with how to fix it.
    public func text() throws(DiagnosticError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DiagnosticError(.error(
                "the file is UTF-16; LaunchKit reads UTF-8", at: SourceLocation(file: displayPath, line: 1, column: 1),
                rule: "input.encoding", suggestion: "save it as UTF-8 (in Excel: 'CSV UTF-8')"))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let offset = Self.firstInvalidUTF8Offset(body) {
            let (line, column) = Self.position(ofByte: offset, in: body)
            throw DiagnosticError(.error(
                "the file is not valid UTF-8", at: SourceLocation(file: displayPath, line: line, column: column),
                rule: "input.encoding", suggestion: "save it as UTF-8"))
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset (from the start of `bytes`) of the first byte that breaks UTF-8, or nil when valid.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
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
        return (line, column)
    }
}
