import LaunchKitYAML

extension CompetitorsFile {
    /// One competitor as written, before its name and id are checked.
    struct Entry: Decodable {
        var mark: Mark?
        var id: Located<String>?
        var name: Located<String>?
        var positioning: String?
        var strengths: [String]
        var weaknesses: [String]
        var whyWeWin: [String]
        var landmines: [String]
        var objections: [Objection]
        var quickDismissals: [String]
        var pricingNotes: String?

        enum CodingKeys: String, CodingKey {
            case id, name, positioning, strengths, weaknesses
            case whyWeWin = "why_we_win"
            case landmines, objections
            case quickDismissals = "quick_dismissals"
            case pricingNotes = "pricing_notes"
        }

        init(from decoder: any Decoder) throws {
            mark = decoder.yamlMark
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(Located<String>.self, forKey: .id)
            name = try container.decodeIfPresent(Located<String>.self, forKey: .name)
            positioning = try container.decodeIfPresent(String.self, forKey: .positioning)
            strengths = try container.decodeIfPresent([String].self, forKey: .strengths) ?? []
            weaknesses = try container.decodeIfPresent([String].self, forKey: .weaknesses) ?? []
            whyWeWin = try container.decodeIfPresent([String].self, forKey: .whyWeWin) ?? []
            landmines = try container.decodeIfPresent([String].self, forKey: .landmines) ?? []
            objections = try container.decodeIfPresent([Objection].self, forKey: .objections) ?? []
            quickDismissals = try container.decodeIfPresent([String].self, forKey: .quickDismissals) ?? []
            pricingNotes = try container.decodeIfPresent(String.self, forKey: .pricingNotes)
        }
    }
}
