import LaunchKitCore
import LaunchKitYAML

/// `competitors.yml` as written: the competitors a battlecard is made for, with the place each
/// value was written so every problem of the file can be reported at once, where it is.
///
/// The file holds a `competitors:` list (or just the list):
///
/// ```yaml
/// competitors:
///   - id: skyline                # optional: the slug of the name when left out
///     name: Skyline Security     # required
///     positioning: ...           # how they describe themselves
///     strengths: [...]           # where they are strong
///     weaknesses: [...]
///     why_we_win: [...]
///     landmines: [...]           # questions that expose a weakness early in a deal
///     objections:
///       - objection: ...
///         answer: ...
///     quick_dismissals: [...]    # one-line answers to their favourite claims
///     pricing_notes: ...
/// ```
///
/// Decoding is strict (an unknown key is an error with the nearest valid key); ``competitors(file:existing:)``
/// then checks what decoding cannot: names present and not blank, ids unique.
struct CompetitorsFile: Decodable {
    var entries: [Entry]

    enum CodingKeys: String, CodingKey {
        case competitors
    }

    init(entries: [Entry]) {
        self.entries = entries
    }

    init(from decoder: any Decoder) throws {
        if case .sequence = decoder.yamlNode {
            entries = try [Entry](from: decoder)
        } else {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            entries = try container.decodeIfPresent([Entry].self, forKey: .competitors) ?? []
        }
    }
}
