/// Plain Decodable models of the large kit's YAML files, decoded by LaunchKit's `NodeDecoder` in
/// `lkbench` and by Yams' `YAMLDecoder` in `yams-bench`: the same types on both sides, so the
/// decoding comparison measures the decoders and nothing else.
///
/// They mirror what `kitgen` writes (see `Sources/kitgen/KitWriter.swift`); LaunchKit's decoder is
/// strict, so a key added there must be added here.
public struct MessageFile: Decodable, Sendable {
    public var messages: [MessageRecord]
}

public struct MessageRecord: Decodable, Sendable {
    public var id: String
    public var feature: String?
    public var text: String
    public var benefit: String?
    public var proof: String?
    public var personas: [String]?
    public var channel: String?
}

public struct GlossaryFile: Decodable, Sendable {
    public var terms: [GlossaryRecord]
}

public struct GlossaryRecord: Decodable, Sendable {
    public var term: String
    public var expansion: String?
    public var plain: String?
    public var personas: [String]?
}
