import LaunchKitCore

/// The buyers a message is written for, as far as the kit knows them: which terms they read as
/// they are, and the reading grade their messages should not exceed.
public struct Audience: Sendable {
    /// The persona ids the message names, or every buyer persona of the kit when it names none.
    /// Empty when neither is known: the message is then read by a general reader, who knows no
    /// glossary term.
    public var personaIDs: [String]
    /// What the rules read of the kit's records for those ids, in the same order (an id the kit
    /// does not have is left out).
    var readers: [Reader]

    /// A persona as the rules read it: its reading level and `jargon_ok`. Kept instead of the
    /// whole record (a dozen lists and texts) for every message of a kit.
    struct Reader: Sendable {
        var id: String
        var readingLevel: Double?
        var jargonOK: [String]

        init(_ persona: BuyerPersona) {
            id = persona.id
            readingLevel = persona.readingLevel
            jargonOK = persona.jargonOK
        }
    }

    /// - Parameters:
    ///   - personaIDs: the ids the message is for.
    ///   - personas: the kit's records for those ids.
    public init(personaIDs: [String], personas: [BuyerPersona]) {
        self.init(personaIDs: personaIDs, readers: personas.map(Reader.init))
    }

    init(personaIDs: [String], readers: [Reader]) {
        self.personaIDs = personaIDs
        self.readers = readers
    }

    /// The audience of a message in a kit.
    init(message: Message, kitPersonas: [BuyerPersona]) {
        self.init(message: message, kitPersonas: kitPersonas, readersByID: Self.readersByID(kitPersonas))
    }

    /// The audience of a message in a kit whose personas are already looked up by id (once per
    /// run, rather than a search of the kit's list for each persona of each message).
    init(message: Message, kitPersonas: [BuyerPersona], readersByID: [String: Reader]) {
        let ids = message.personas.isEmpty ? kitPersonas.map(\.id) : message.personas
        self.init(personaIDs: ids, readers: ids.compactMap { readersByID[$0] })
    }

    /// The kit's personas by id; the first of an id listed twice, like a search of the list.
    static func readersByID(_ kitPersonas: [BuyerPersona]) -> [String: Reader] {
        Dictionary(kitPersonas.map { ($0.id, Reader($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The readers for whom a glossary term is jargon, in the message's order; for a general reader
    /// (no personas known) the single name "a general reader".
    func readersFinding(_ term: Glossary.Term) -> [String] {
        if term.everyone { return [] }
        guard !personaIDs.isEmpty else { return [Self.generalReader] }
        return personaIDs.filter { !term.personas.contains($0) && !usesTerm(term.term, persona: $0) }
    }

    /// The readers for whom a word that is not in the glossary is unknown: everyone except
    /// personas who list it under `jargon_ok`.
    func readersFinding(word: String) -> [String] {
        guard !personaIDs.isEmpty else { return [Self.generalReader] }
        return personaIDs.filter { !usesTerm(word, persona: $0) }
    }

    private func usesTerm(_ term: String, persona id: String) -> Bool {
        guard let index = readers.firstIndex(where: { $0.id == id }) else { return false }
        return readers[index].jargonOK.contains { $0.equalsIgnoringCase(term) }
    }

    /// The lowest reading level among the audience's personas, with whose it is.
    var targetGrade: (grade: Double, persona: String)? {
        readers.compactMap { reader in reader.readingLevel.map { ($0, reader.id) } }.min { $0.0 < $1.0 }
    }

    static let generalReader = "a general reader"
}
