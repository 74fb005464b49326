import Foundation
import LaunchKitCore
import LaunchKitYAML

/// The messages and glossary of a kit, read and checked against each other and against the kit's
/// personas.
///
/// Every problem of every file is collected before anything is thrown, so a writer fixes them in
/// one pass. Persona and channel ids are checked only when the kit has personas of that kind (an
/// earlier `persona-import`); without them any id is accepted.
struct MessageInputs: Sendable {
    var messages: [SourcedMessage]
    var glossary: Glossary

    /// - Throws: ``DiagnosticError`` with every problem found, in file order.
    static func load(messageFiles: [InputPath], glossaryFile: InputPath?, from inputs: InputReader, kit: Kit) throws(DiagnosticError) -> MessageInputs {
        var problems: [Diagnostic] = []
        var glossary = Glossary()
        if let glossaryFile {
            do {
                glossary = try loadGlossary(glossaryFile, from: inputs, kit: kit)
            } catch {
                problems += error.diagnostics
            }
        }
        var messages: [SourcedMessage] = []
        var firstDefinition: [String: SourceLocation?] = Dictionary(kit.messages.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
        for path in messageFiles {
            do {
                let loaded = try loadMessages(path, from: inputs, kit: kit, firstDefinition: &firstDefinition)
                messages += loaded
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return MessageInputs(messages: messages, glossary: glossary)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ path: InputPath, from inputs: InputReader) throws(DiagnosticError) -> (file: InputFile, value: T, source: SourceLines) {
        let (file, value) = try inputs.decode(type, from: path)
        return (file, value, SourceLines(try file.text()))
    }

    private static func loadMessages(
        _ path: InputPath, from inputs: InputReader, kit: Kit, firstDefinition: inout [String: SourceLocation?]
    ) throws(DiagnosticError) -> [SourcedMessage] {
        let (file, contents, source) = try decode(MessageFile.self, path, from: inputs)
        let name = file.displayPath
        var problems: [Diagnostic] = []
        var messages: [SourcedMessage] = []
        let personaIDs = kit.buyerPersonas.map(\.id)
        let channelIDs = kit.channelPersonas.map(\.id)
        for entry in contents.messages {
            let idLocation = SourceLocation(file: name, mark: entry.id.mark)
            let id = entry.id.value.trimmingCharacters(in: .whitespaces)
            if id.isEmpty {
                problems.append(.error("the message id is empty", at: idLocation, rule: "messages.empty-id", suggestion: "give the message a short id such as 'attack-paths'"))
                continue
            }
            if let first = firstDefinition[id] {
                problems.append(.error("duplicate message id '\(id)'", at: idLocation, rule: "messages.duplicate-id",
                                       suggestion: "give one of them another id", notes: [Diagnostic.Note("first defined here", at: first)]))
                continue
            }
            firstDefinition[id] = idLocation
            let textMap = ScalarSourceMap(scalar: entry.text, in: source)
            if entry.text.string.allSatisfy(\.isWhitespace) {
                problems.append(.error("message '\(id)' has no text", at: SourceLocation(file: name, mark: entry.text.mark), rule: "messages.empty-text"))
                continue
            }
            var personas: [String] = []
            for persona in entry.personas ?? [] where !personas.contains(persona.value) {
                if !personaIDs.isEmpty, !personaIDs.contains(persona.value) {
                    problems.append(unknown("buyer persona", persona, among: personaIDs, file: name, rule: "messages.unknown-persona"))
                }
                personas.append(persona.value)
            }
            if let channel = entry.channel, !channelIDs.isEmpty, !channelIDs.contains(channel.value) {
                problems.append(unknown("channel persona", channel, among: channelIDs, file: name, rule: "messages.unknown-channel"))
            }
            let message = Message(
                id: id, feature: entry.feature, text: entry.text.string, benefit: entry.benefit, proof: entry.proof,
                personas: personas, channel: entry.channel?.value, source: SourceLocation(file: name, mark: textMap.valueStart))
            messages.append(SourcedMessage(message: message, file: name, entryMark: entry.mark ?? entry.id.mark ?? entry.text.mark, textMap: textMap))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return messages
    }

    private static func loadGlossary(_ path: InputPath, from inputs: InputReader, kit: Kit) throws(DiagnosticError) -> Glossary {
        let (file, contents, _) = try decode(GlossaryFile.self, path, from: inputs)
        let name = file.displayPath
        var problems: [Diagnostic] = []
        var terms: [Glossary.Term] = []
        var firstDefinition: [String: SourceLocation] = [:]
        let personaIDs = kit.buyerPersonas.map(\.id)
        for entry in contents.terms {
            let location = SourceLocation(file: name, mark: entry.term.mark)
            let term = entry.term.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if term.isEmpty {
                problems.append(.error("the glossary term is empty", at: location, rule: "glossary.empty-term"))
                continue
            }
            var candidate = Glossary.Term(term: term, expansion: entry.expansion, plain: entry.plain, source: location)
            // Acronyms are matched in their own case, other terms in any case: duplicates likewise.
            let key = candidate.isAcronym ? term : term.lowercased()
            if let first = firstDefinition[key] {
                problems.append(.error("duplicate glossary term '\(term)'", at: location, rule: "glossary.duplicate-term",
                                       suggestion: "merge the two entries", notes: [Diagnostic.Note("first defined here", at: first)]))
                continue
            }
            firstDefinition[key] = location
            switch entry.readers {
            case .everyone:
                candidate.everyone = true
            case .personas(let personas):
                for persona in personas where !candidate.personas.contains(persona.value) {
                    if !personaIDs.isEmpty, !personaIDs.contains(persona.value) {
                        problems.append(unknown("buyer persona", persona, among: personaIDs, file: name, rule: "glossary.unknown-persona"))
                    }
                    candidate.personas.append(persona.value)
                }
            }
            terms.append(candidate)
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Glossary(terms)
    }

    private static func unknown(_ kind: String, _ id: Located<String>, among known: [String], file: String, rule: String) -> Diagnostic {
        let suggestion = NearestMatch.find(id.value, in: known).map { "did you mean '\($0)'?" } ?? "known: \(known.joined(separator: ", "))"
        return .error("unknown \(kind) '\(id.value)'", at: SourceLocation(file: file, mark: id.mark), rule: rule, suggestion: suggestion)
    }
}
