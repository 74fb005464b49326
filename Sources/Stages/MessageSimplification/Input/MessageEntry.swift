import Foundation
import LaunchKitCore
import LaunchKitYAML

/// One message as written in a messages file, keeping where each part is written so that input
/// errors and findings point at it.
///
/// ```yaml
/// - id: attack-paths
///   feature: Attack-path analysis
///   personas: [ciso, cloud-architect]
///   text: CloudGuard shows the few risks an attacker could chain into a breach.
///   benefit: Your team fixes the ten issues that matter, not the ten thousand that do not.
///   proof: In the beta, teams closed their riskiest paths in 9 days instead of 41.
///   channel: reseller   # optional: a message written for one sales channel
/// ```
struct MessageEntry: Decodable, Sendable {
    var id: Located<String>
    var feature: String?
    /// The text's scalar with its style and mark, to map findings onto the source.
    var text: Node.Scalar
    var benefit: String?
    var proof: String?
    /// Nil when the message leaves `personas` out: it is then for every buyer persona of the kit.
    var personas: [Located<String>]?
    var channel: Located<String>?
    /// Where the entry starts (its first key).
    var mark: Mark?

    enum CodingKeys: String, CodingKey {
        case id, feature, text, benefit, proof, personas, channel
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mark = decoder.yamlMark
        id = try container.decode(Located<String>.self, forKey: .id)
        feature = try container.decodeIfPresent(String.self, forKey: .feature).flatMap(Self.nonBlank)
        let text = try container.decode(String.self, forKey: .text)
        self.text = decoder.yamlNode?.mapping?["text"]?.scalar ?? Node.Scalar(text)
        benefit = try container.decodeIfPresent(String.self, forKey: .benefit).flatMap(Self.nonBlank)
        proof = try container.decodeIfPresent(String.self, forKey: .proof).flatMap(Self.nonBlank)
        personas = try container.decodeIfPresent(ListOrSingle<Located<String>>.self, forKey: .personas)?.items
        channel = try container.decodeIfPresent(Located<String>.self, forKey: .channel)
    }

    /// Text with its surrounding spaces trimmed, or nil when nothing is left: `benefit: ""` is no
    /// benefit.
    static func nonBlank(_ text: String) -> String? {
        // Most values start and end with a visible ASCII character, which no trimming removes:
        // they skip Foundation's trimming, which costs a character-set lookup per call.
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           (0x21...0x7E).contains(first.value), (0x21...0x7E).contains(last.value) {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// The top level of a messages file: `messages:` and the list, or the list alone.
struct MessageFile: Decodable, Sendable {
    var messages: [MessageEntry]

    enum CodingKeys: String, CodingKey {
        case messages
    }

    init(from decoder: any Decoder) throws {
        if case .sequence? = decoder.yamlNode {
            messages = try [MessageEntry](from: decoder)
        } else {
            messages = try decoder.container(keyedBy: CodingKeys.self).decode([MessageEntry].self, forKey: .messages)
        }
    }
}
