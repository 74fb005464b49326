import LaunchKitCore

/// The kit's messages and sheets looked up by persona, channel and subject, built once, so the
/// checks and pages stay linear in the size of the kit (a synthetic kit has thousands of each).
struct KitIndex {
    private var messagesByPersona: [String: [Message]] = [:]
    private var channelMessageCounts: [String: Int] = [:]
    private var sheets: [String: [Subject: Artifact]] = [:]
    private var buyerPersonas: [String: BuyerPersona] = [:]

    init(_ kit: Kit) {
        for persona in kit.buyerPersonas where buyerPersonas[persona.id] == nil {
            buyerPersonas[persona.id] = persona
        }
        for message in kit.messages {
            var seen: Set<String> = []
            for persona in message.personas where seen.insert(persona).inserted {
                messagesByPersona[persona, default: []].append(message)
            }
            if let channel = message.channel { channelMessageCounts[channel, default: 0] += 1 }
        }
        for artifact in kit.artifacts {
            guard let subject = artifact.subject, sheets[artifact.kind]?[subject] == nil else { continue }
            sheets[artifact.kind, default: [:]][subject] = artifact
        }
    }

    /// The first buyer persona with this id.
    func buyerPersona(id: String) -> BuyerPersona? {
        buyerPersonas[id]
    }

    /// Messages that list the buyer persona, in kit order.
    func messages(forPersona id: String) -> [Message] {
        messagesByPersona[id] ?? []
    }

    /// How many messages are written for the channel (`channel: <id>`).
    func messageCount(forChannel id: String) -> Int {
        channelMessageCounts[id] ?? 0
    }

    /// The first artifact of `kind` about `subject`.
    func sheet(_ kind: String, about subject: Subject) -> Artifact? {
        sheets[kind]?[subject]
    }
}
