/// Reads a template's tags the way swift-mustache 2.1.1's parser does, keeping where each one is.
///
/// swift-mustache keeps its tokens internal and without positions, so a template library that wants
/// `file:line:column` for a missing value needs its own view of the tags. This scanner follows the
/// engine's rules, so both see the same tags: the same delimiters (`{{=<% %>=}}` changes them for the
/// rest of the enclosing section only, as in the engine), the same sigils (`# ^ / ! { & > < $ = %`),
/// the same name characters (`A-Z a-z 0-9 . - _ ? *` plus `( )` for transforms), the same transform
/// syntax (`cell(lowercased(name))`). Text is skipped: rendering is the engine's job.
///
/// It is stricter than the engine in a few places, all of which the engine accepts silently: an
/// empty tag `{{}}` (the engine prints the current context), a start delimiter at the end of the
/// text or of a line (the engine drops it).
/// Every other syntax error reports the position the engine would not: the opening tag of an
/// unclosed section, the character a tag did not expect.
struct TemplateScanner {
    private let text: String
    private let file: String
    private var index: String.Index
    /// The index where each line starts, in order; line breaks are `\n`, `\r\n` and `\r`.
    private let lineStarts: [String.Index]

    /// Parses `text` into the tags that read the view model or other templates.
    ///
    /// - Parameters:
    ///   - text: the template.
    ///   - file: the path shown in errors.
    /// - Throws: `TemplateError` of kind `.syntax`, at the offending tag.
    static func parse(_ text: String, file: String) throws(TemplateError) -> [TemplateNode] {
        var scanner = TemplateScanner(text: text, file: file)
        return try scanner.parseBody(State()).compactMap(\.node)
    }

    private init(text: String, file: String) {
        self.text = text
        self.file = file
        self.index = text.startIndex
        var starts = [text.startIndex]
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            i = text.index(after: i)
            if c == "\n" || c == "\r\n" || c == "\r" { starts.append(i) }
        }
        self.lineStarts = starts
    }

    // MARK: - State

    private struct OpenSection {
        var sigil: Character
        var name: String
        var transforms: [String]
        var opened: TemplateNode.Position
    }

    private struct State {
        var section: OpenSection?
        var start = "{{"
        var end = "}}"
        /// Directly inside `{{<parent}}…{{/parent}}`, where `{{$name}}` defines a block instead of
        /// opening one (the engine's `isPartialDefinitionTopLevel`).
        var parentTopLevel = false

        func opening(_ section: OpenSection) -> State {
            var state = self
            state.section = section
            state.parentTopLevel = section.sigil == "<"
            return state
        }
    }

    private enum Item {
        case node(TemplateNode)
        case blockDefinition(name: String, body: [TemplateNode])
        /// A tag that is legal only outside `{{<parent}}`, remembered to report it there.
        case otherTag(TemplateNode.Position)

        var node: TemplateNode? {
            if case .node(let node) = self { return node }
            return nil
        }
    }

    // MARK: - Body

    /// Reads items until the close tag of `state.section` (consumed) or the end of the text.
    private mutating func parseBody(_ initial: State) throws(TemplateError) -> [Item] {
        var state = initial
        var items: [Item] = []
        while true {
            guard let tagStart = nextDelimiter(state.start) else {
                index = text.endIndex
                break
            }
            let tagPosition = position(of: tagStart)
            index = text.index(tagStart, offsetBy: state.start.count)
            guard index < text.endIndex else {
                throw error("unclosed tag '\(state.start)'", at: tagPosition, suggestion: "close it with '\(state.end)'")
            }
            let sigil = text[index]
            // The engine drops a start delimiter that ends a line and reads what follows as text, so
            // `{{` + line break + `name}}` would print `name}}`: almost surely a tag split by mistake.
            guard !sigil.isNewline else {
                throw error(
                    "'\(state.start)' at the end of a line",
                    at: tagPosition,
                    suggestion: "write the tag on one line, such as '\(state.start)name\(state.end)'"
                )
            }
            switch sigil {
            case "#", "^", "<":
                advance()
                let section: OpenSection
                var openTag: TemplateNode.Tag?
                if sigil == "<" {
                    skipWhitespace()
                    let (name, _) = try readPartialName(state, tag: tagPosition)
                    section = OpenSection(sigil: sigil, name: name, transforms: [], opened: tagPosition)
                } else {
                    let tag = try readName(state, tag: tagPosition)
                    try requireName(tag, at: tagPosition)
                    openTag = tag
                    section = OpenSection(sigil: sigil, name: tag.name, transforms: tag.transforms, opened: tagPosition)
                }
                let body = try parseBody(state.opening(section))
                if let openTag {
                    items.append(.node(.section(openTag, inverted: sigil == "^", body: body.compactMap(\.node))))
                    continue
                }
                // `{{<parent}}`: only block definitions (and text, which the engine ignores) inside.
                var blocks: [String: [TemplateNode]] = [:]
                for item in body {
                    switch item {
                    case .blockDefinition(let name, let blockBody):
                        blocks[name] = blockBody
                    case .otherTag(let position):
                        throw notABlock(section.name, state, at: position)
                    case .node(let node):
                        throw notABlock(section.name, state, at: node.position ?? tagPosition)
                    }
                }
                let dynamic = section.name.hasPrefix("*")
                let name = dynamic ? String(section.name.dropFirst()) : section.name
                items.append(.node(.parent(name: name, dynamic: dynamic, at: tagPosition, blocks: blocks)))
            case "/":
                advance()
                let tag = try readName(state, tag: tagPosition)
                guard let open = state.section else {
                    throw error("closing tag '\(state.start)/\(tag.spelled)\(state.end)' has no open section", at: tagPosition)
                }
                guard tag.name == open.name, tag.transforms == open.transforms else {
                    let opened = "\(state.start)\(open.sigil)\(open.sigil == "<" ? open.name : spelled(open.name, open.transforms))\(state.end)"
                    throw error(
                        "closing tag '\(state.start)/\(tag.spelled)\(state.end)' does not match '\(opened)' opened at line \(open.opened.line)",
                        at: tagPosition,
                        suggestion: "close it with '\(state.start)/\(open.sigil == "<" ? open.name : spelled(open.name, open.transforms))\(state.end)'"
                    )
                }
                return items
            case "!":
                advance()
                guard let close = range(of: state.end, from: index) else {
                    throw error("unclosed comment", at: tagPosition, suggestion: "close it with '\(state.end)'")
                }
                index = close.upperBound
            case "{", "&":
                advance()
                let tag = try readName(state, tag: tagPosition)
                if sigil == "{" {
                    guard index < text.endIndex, text[index] == "}" else {
                        throw error("unclosed tag '\(state.start){'", at: tagPosition, suggestion: "close it with '}\(state.end)'")
                    }
                    advance()
                }
                try requireName(tag, at: tagPosition)
                appendNode(.interpolation(tag, escaped: false), to: &items, state: state, at: tagPosition)
            case ">":
                advance()
                skipWhitespace()
                var dynamic = false
                if index < text.endIndex, text[index] == "*" {
                    dynamic = true
                    advance()
                }
                let (name, namePosition) = try readPartialName(state, tag: tagPosition)
                appendNode(
                    dynamic ? .dynamicPartial(name: name, at: namePosition) : .partial(name: name, at: namePosition),
                    to: &items, state: state, at: tagPosition
                )
            case "$":
                advance()
                let tag = try readName(state, tag: tagPosition)
                guard tag.transforms.isEmpty else {
                    throw error("a block cannot have a helper: '\(state.start)$\(tag.spelled)\(state.end)'", at: tagPosition)
                }
                try requireName(tag, at: tagPosition)
                let section = OpenSection(sigil: "$", name: tag.name, transforms: [], opened: tagPosition)
                var inner = state.opening(section)
                inner.parentTopLevel = false
                let body = try parseBody(inner).compactMap(\.node)
                if state.parentTopLevel {
                    items.append(.blockDefinition(name: tag.name, body: body))
                } else {
                    items.append(.node(.block(name: tag.name, at: tag.position, defaultBody: body)))
                }
            case "=":
                advance()
                let (start, end) = try readDelimiters(state, tag: tagPosition)
                state.start = start
                state.end = end
                state.parentTopLevel = false
            case "%":
                advance()
                try readPragma(state, tag: tagPosition)
            default:
                let tag = try readName(state, tag: tagPosition)
                try requireName(tag, at: tagPosition)
                appendNode(.interpolation(tag, escaped: true), to: &items, state: state, at: tagPosition)
            }
        }
        if let open = state.section {
            let name = open.sigil == "<" ? open.name : spelled(open.name, open.transforms)
            throw error(
                "unclosed section '\(initial.start)\(open.sigil)\(name)\(initial.end)'",
                at: open.opened,
                suggestion: "close it with '\(initial.start)/\(name)\(initial.end)'"
            )
        }
        return items
    }

    private func appendNode(_ node: TemplateNode, to items: inout [Item], state: State, at position: TemplateNode.Position) {
        items.append(state.parentTopLevel ? .otherTag(position) : .node(node))
    }

    private func notABlock(_ parent: String, _ state: State, at position: TemplateNode.Position) -> TemplateError {
        error(
            "tag inside '\(state.start)<\(parent)\(state.end)' that is not a block",
            at: position,
            suggestion: "only '\(state.start)$block\(state.end)…\(state.start)/block\(state.end)' may appear before '\(state.start)/\(parent)\(state.end)'"
        )
    }

    private func requireName(_ tag: TemplateNode.Tag, at position: TemplateNode.Position) throws(TemplateError) {
        if tag.name.isEmpty, tag.transforms.isEmpty {
            throw error("empty tag", at: position, suggestion: "name a value, such as '{{name}}'")
        }
    }

    // MARK: - Names

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// `name`, `helper(name)`, `outer(inner(name))`, then the end delimiter (the engine's `parseName`).
    private mutating func readName(_ state: State, tag: TemplateNode.Position) throws(TemplateError) -> TemplateNode.Tag {
        skipWhitespace()
        let nameStart = index
        while index < text.endIndex, Self.nameCharacters.contains(text[index]) { advance() }
        let spelled = text[nameStart..<index]
        skipWhitespace()
        try readEndDelimiter(state, tag: tag)

        // `a(b(c))`: transforms a, b and the name c; each transform's name starts after the previous
        // one's "(".
        var transforms: [String] = []
        var positions: [TemplateNode.Position] = []
        var cursor = spelled.startIndex
        while true {
            let partStart = cursor
            while cursor < spelled.endIndex, Self.nameCharactersWithoutBrackets.contains(spelled[cursor]) {
                cursor = spelled.index(after: cursor)
            }
            let part = String(spelled[partStart..<cursor])
            if cursor == spelled.endIndex {
                guard transforms.isEmpty else { throw malformedCall(spelled, at: nameStart) }
                let tag = TemplateNode.Tag(name: part, transforms: [], position: position(of: partStart), transformPositions: [])
                return tag
            }
            if spelled[cursor] == "(" {
                transforms.append(part)
                positions.append(position(of: partStart))
                cursor = spelled.index(after: cursor)
                continue
            }
            // ")": the name is `part`; exactly one ")" per transform must follow, then nothing.
            guard !transforms.isEmpty, spelled[cursor...].allSatisfy({ $0 == ")" }),
                spelled[cursor...].count == transforms.count
            else { throw malformedCall(spelled, at: nameStart) }
            let tag = TemplateNode.Tag(name: part, transforms: transforms, position: position(of: partStart), transformPositions: positions)
            return tag
        }
    }

    private func malformedCall(_ spelled: Substring, at start: String.Index) -> TemplateError {
        error(
            "malformed helper call '\(spelled)'",
            at: position(of: start),
            suggestion: "write a helper as 'helper(name)', for example '{{ cell(name) }}'"
        )
    }

    private mutating func readPartialName(_ state: State, tag: TemplateNode.Position) throws(TemplateError) -> (String, TemplateNode.Position) {
        skipWhitespace()
        let start = index
        while index < text.endIndex, Self.partialNameCharacters.contains(text[index]) { advance() }
        let name = String(text[start..<index])
        skipWhitespace()
        try readEndDelimiter(state, tag: tag)
        return (name, position(of: start))
    }

    private mutating func readEndDelimiter(_ state: State, tag: TemplateNode.Position) throws(TemplateError) {
        if text[index...].starts(with: state.end) {
            index = text.index(index, offsetBy: state.end.count)
            return
        }
        guard index < text.endIndex else {
            throw error("unclosed tag '\(state.start)'", at: tag, suggestion: "close it with '\(state.end)'")
        }
        throw error(
            "unexpected '\(text[index])' in tag",
            at: position(of: index),
            suggestion: "names use letters, digits and '. - _ ?'; close the tag with '\(state.end)'"
        )
    }

    /// `=<% %>=` after the start delimiter (the engine's `parserSetDelimiter`).
    private mutating func readDelimiters(_ state: State, tag: TemplateNode.Position) throws(TemplateError) -> (String, String) {
        let malformed = error(
            "malformed set-delimiter tag",
            at: tag,
            suggestion: "write it as '\(state.start)=<% %>=\(state.end)': two delimiters without spaces or '=' in them"
        )
        skipWhitespace()
        let startBegin = index
        while index < text.endIndex, !text[index].isWhitespace { advance() }
        guard index < text.endIndex else { throw malformed }
        let start = String(text[startBegin..<index])
        skipWhitespace()
        let endBegin = index
        while index < text.endIndex, text[index] != "=", !text[index].isWhitespace { advance() }
        guard index < text.endIndex else { throw malformed }
        let end = String(text[endBegin..<index])
        skipWhitespace()
        guard index < text.endIndex, text[index] == "=" else { throw malformed }
        advance()
        guard text[index...].starts(with: state.end) else { throw malformed }
        index = text.index(index, offsetBy: state.end.count)
        guard !start.isEmpty, !end.isEmpty else { throw malformed }
        return (start, end)
    }

    /// `% CONTENT_TYPE: NAME` (the engine's `readConfigVariable`). Whether `NAME` is registered is
    /// left to the engine, which reports it when the library compiles the template.
    private mutating func readPragma(_ state: State, tag: TemplateNode.Position) throws(TemplateError) {
        let malformed = error("malformed pragma", at: tag, suggestion: "the only pragma is '\(state.start)%CONTENT_TYPE: TEXT\(state.end)'")
        skipWhitespace()
        let variableStart = index
        while index < text.endIndex, Self.nameCharactersWithoutBrackets.contains(text[index]) { advance() }
        let variable = text[variableStart..<index]
        skipWhitespace()
        guard index < text.endIndex, text[index] == ":" else { throw malformed }
        advance()
        skipWhitespace()
        let valueStart = index
        while index < text.endIndex, Self.nameCharactersWithoutBrackets.contains(text[index]) { advance() }
        let value = text[valueStart..<index]
        skipWhitespace()
        guard text[index...].starts(with: state.end), !variable.isEmpty, !value.isEmpty else { throw malformed }
        index = text.index(index, offsetBy: state.end.count)
        guard variable == "CONTENT_TYPE" else {
            throw error("unknown pragma '\(variable)'", at: tag, suggestion: "the only pragma is 'CONTENT_TYPE'")
        }
    }

    // MARK: - Characters

    private mutating func advance() {
        index = text.index(after: index)
    }

    private mutating func skipWhitespace() {
        while index < text.endIndex, text[index].isWhitespace { advance() }
    }

    /// The next occurrence of `delimiter` from `index`, compared by `Character` like the engine.
    private func nextDelimiter(_ delimiter: String) -> String.Index? {
        range(of: delimiter, from: index)?.lowerBound
    }

    private func range(of needle: String, from start: String.Index) -> Range<String.Index>? {
        guard let first = needle.first else { return nil }
        var i = start
        while i < text.endIndex {
            if text[i] == first, text[i...].starts(with: needle) {
                return i..<text.index(i, offsetBy: needle.count)
            }
            i = text.index(after: i)
        }
        return nil
    }

    private func spelled(_ name: String, _ transforms: [String]) -> String {
        TemplateNode.Tag(name: name, transforms: transforms, position: .init(file: file, line: 0, column: 0), transformPositions: []).spelled
    }

    /// 1-based line; column in Unicode scalars from the start of the line.
    private func position(of i: String.Index) -> TemplateNode.Position {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= i { low = mid } else { high = mid - 1 }
        }
        let column = text.unicodeScalars.distance(from: lineStarts[low], to: i) + 1
        return TemplateNode.Position(file: file, line: low + 1, column: column)
    }

    private func error(_ message: String, at position: TemplateNode.Position, suggestion: String? = nil) -> TemplateError {
        TemplateError(.syntax, message, file: position.file, line: position.line, column: position.column, suggestion: suggestion)
    }
}
