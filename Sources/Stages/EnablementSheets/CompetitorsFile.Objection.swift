import LaunchKitYAML

extension CompetitorsFile {
    /// One objection as written: both halves are checked together with the rest of the file.
    struct Objection: Decodable {
        var mark: Mark?
        var objection: Located<String>?
        var answer: Located<String>?

        enum CodingKeys: String, CodingKey {
            case objection, answer
        }

        init(from decoder: any Decoder) throws {
            mark = decoder.yamlMark
            let container = try decoder.container(keyedBy: CodingKeys.self)
            objection = try container.decodeIfPresent(Located<String>.self, forKey: .objection)
            answer = try container.decodeIfPresent(Located<String>.self, forKey: .answer)
        }
    }
}
