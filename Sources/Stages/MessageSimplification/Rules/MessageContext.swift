import LaunchKitCore

/// What a kit-aware rule sees of one message.
struct MessageContext: Sendable {
    var message: Message
    var text: ScalarText
    var audience: Audience
    var glossary: Glossary
    /// Readability of the text; nil when the text has no words.
    var scores: ReadabilityScores?
    /// Glossary terms in the text, found once for the rules that need them.
    let glossaryMatches: [GlossaryMatch]

    /// - Parameter text: the message's text as scalars, when the caller has it already.
    init(message: Message, text: ScalarText? = nil, audience: Audience, glossary: Glossary, scores: ReadabilityScores?) {
        self.message = message
        self.text = text ?? ScalarText(message.text)
        self.audience = audience
        self.glossary = glossary
        self.scores = scores
        glossaryMatches = GlossaryMatcher.matches(of: glossary, in: self.text)
    }

    /// Glossary matches the Jargon rule reports, so the Acronyms rule does not report them again.
    var jargonMatches: [GlossaryMatch] {
        glossaryMatches.filter { JargonRule.reports($0.term) && !audience.readersFinding($0.term).isEmpty }
    }
}
