import LaunchKitCore

/// The kit's messages as sheets quote them, grouped once per run by the persona or channel they
/// are written for, so a kit of thousands of personas and messages renders in linear time.
struct MessageIndex: Sendable {
    /// Every message, in file order.
    let all: [MessageLine]
    private let byPersona: [String: [MessageLine]]
    private let byChannel: [String: [MessageLine]]

    init(_ messages: [Message]) {
        var all: [MessageLine] = []
        var byPersona: [String: [MessageLine]] = [:]
        var byChannel: [String: [MessageLine]] = [:]
        for message in messages {
            let line = MessageLine(message)
            all.append(line)
            // A persona listed twice in one message still gets the message once.
            for persona in Set(message.personas) {
                byPersona[persona, default: []].append(line)
            }
            if let channel = message.channel {
                byChannel[channel, default: []].append(line)
            }
        }
        self.all = all
        self.byPersona = byPersona
        self.byChannel = byChannel
    }

    /// The messages naming a buyer persona in `personas`, in file order.
    func written(forPersona id: String) -> [MessageLine] {
        byPersona[id] ?? []
    }

    /// The messages whose `channel` is a channel persona's id, in file order.
    func written(forChannel id: String) -> [MessageLine] {
        byChannel[id] ?? []
    }
}
