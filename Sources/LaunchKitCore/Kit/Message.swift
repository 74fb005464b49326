/// A launch message: one claim about a feature, the benefit a buyer gets from it, the proof that
/// makes it credible, and who it is for. Message simplification adds scores and a proposed
/// plain-language rewrite.
public struct Message: Hashable, Sendable, Codable {
    public var id: String
    public var feature: String?
    public var text: String
    public var benefit: String?
    public var proof: String?
    /// Buyer persona ids this message is written for.
    public var personas: [String]
    /// A channel persona id, for messages written for one channel.
    public var channel: String?
    /// Where the message text starts in its file.
    public var source: SourceLocation?
    /// Readability of `text`, filled in by message simplification.
    public var scores: ReadabilityScores?
    /// A deterministic simplified text (glossary wording, swaps, acronyms expanded), when it differs.
    public var rewrite: String?
    /// Readability of `rewrite`.
    public var rewriteScores: ReadabilityScores?

    public init(
        id: String, feature: String? = nil, text: String, benefit: String? = nil, proof: String? = nil,
        personas: [String] = [], channel: String? = nil, source: SourceLocation? = nil,
        scores: ReadabilityScores? = nil, rewrite: String? = nil, rewriteScores: ReadabilityScores? = nil
    ) {
        self.id = id
        self.feature = feature
        self.text = text
        self.benefit = benefit
        self.proof = proof
        self.personas = personas
        self.channel = channel
        self.source = source
        self.scores = scores
        self.rewrite = rewrite
        self.rewriteScores = rewriteScores
    }

    enum CodingKeys: String, CodingKey {
        case id, feature, text, benefit, proof, personas, channel, source, scores, rewrite
        case rewriteScores = "rewrite_scores"
    }
}

/// Readability scores of a text. The kit carries numbers only; how they are computed belongs to the
/// stage that computes them.
public struct ReadabilityScores: Hashable, Sendable, Codable {
    public var words: Int
    public var sentences: Int
    public var fleschReadingEase: Double
    /// Flesch-Kincaid grade: the grade compared with a persona's reading level.
    public var fleschKincaidGrade: Double
    public var gunningFog: Double
    public var smogIndex: Double
    public var colemanLiauIndex: Double
    public var automatedReadabilityIndex: Double
    public var daleChall: Double
    public var lix: Double

    public init(
        words: Int, sentences: Int, fleschReadingEase: Double, fleschKincaidGrade: Double, gunningFog: Double,
        smogIndex: Double, colemanLiauIndex: Double, automatedReadabilityIndex: Double, daleChall: Double, lix: Double
    ) {
        self.words = words
        self.sentences = sentences
        self.fleschReadingEase = fleschReadingEase
        self.fleschKincaidGrade = fleschKincaidGrade
        self.gunningFog = gunningFog
        self.smogIndex = smogIndex
        self.colemanLiauIndex = colemanLiauIndex
        self.automatedReadabilityIndex = automatedReadabilityIndex
        self.daleChall = daleChall
        self.lix = lix
    }

    enum CodingKeys: String, CodingKey {
        case words, sentences
        case fleschReadingEase = "flesch_reading_ease"
        case fleschKincaidGrade = "flesch_kincaid_grade"
        case gunningFog = "gunning_fog"
        case smogIndex = "smog_index"
        case colemanLiauIndex = "coleman_liau_index"
        case automatedReadabilityIndex = "automated_readability_index"
        case daleChall = "dale_chall"
        case lix
    }
}
