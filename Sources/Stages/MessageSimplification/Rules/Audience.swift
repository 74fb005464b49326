import LaunchKitCore

/// The buyers a message is written for, as far as the kit knows them: which terms they read as
/// they are, and the reading grade their messages should not exceed.
public struct Audience: Sendable {
    /// The persona ids the message names, or every buyer persona of the kit when it names none.
    /// Empty when neither is known: the message is then read by a general reader, who knows no
    /// glossary term.
    public var personaIDs: [String]
    /// The kit's records for those ids, for reading levels and `jargon_ok`.
    public var personas: [BuyerPersona]

    public init(personaIDs: [String], personas: [BuyerPersona]) {
        self.personaIDs = personaIDs
        self.personas = personas
    }

    /// The audience of a message in a kit.
    init(message: Message, kitPersonas: [BuyerPersona]) {
        self.init(message: message, kitPersonas: kitPersonas, byID: Self.byID(kitPersonas))
    }

    /// The audience of a message in a kit whose personas are already looked up by id (once per
    /// run, rather than a search of the kit's list for each persona of each message).
    init(message: Message, kitPersonas: [BuyerPersona], byID: [String: BuyerPersona]) {
        let ids = message.personas.isEmpty ? kitPersonas.map(\.id) : message.personas
        self.init(personaIDs: ids, personas: ids.compactMap { byID[$0] })
    }

    /// The kit's personas by id; the first of an id listed twice, like a search of the list.
    static func byID(_ kitPersonas: [BuyerPersona]) -> [String: BuyerPersona] {
        Dictionary(kitPersonas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
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
        guard let index = personas.firstIndex(where: { $0.id == id }) else { return false }
        return personas[index].jargonOK.contains { $0.equalsIgnoringCase(term) }
    }

    /// The lowest reading level among the audience's personas, with whose it is.
    var targetGrade: (grade: Double, persona: String)? {
        personas.compactMap { persona in persona.readingLevel.map { ($0, persona.id) } }.min { $0.0 < $1.0 }
    }

    static let generalReader = "a general reader"
}
