/// How a persona file is written. Usually told by its extension; `format:` says it for a file
/// whose name does not (a CRM export saved as `.txt`).
public enum PersonaFileFormat: String, Sendable, Hashable, CaseIterable, Decodable {
    case yaml
    /// Read through the YAML reader (JSON is YAML), so errors get positions too.
    case json
    case csv
    /// Tab-separated, as spreadsheets export it; otherwise read like CSV.
    case tsv

    /// The format its file name says, or nil when the extension is not one of ours.
    init?(fileName: String) {
        let name = fileName.lowercased()
        if name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            self = .yaml
        } else if name.hasSuffix(".json") {
            self = .json
        } else if name.hasSuffix(".csv") {
            self = .csv
        } else if name.hasSuffix(".tsv") {
            self = .tsv
        } else {
            return nil
        }
    }

    /// True for the formats read as a table with a header row.
    var isTable: Bool { self == .csv || self == .tsv }
}
