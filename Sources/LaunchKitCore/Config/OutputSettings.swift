/// Where the packet is written and which formats it contains.
public struct OutputSettings: Sendable, Decodable, Equatable {
    /// The output directory, relative to the config file. `{product}`, `{version}`, `{tier}` and
    /// `{date}` are replaced by the release's values.
    public var directory: String
    public var formats: [PacketFormat]
    /// Where `dir:` is written, for errors about it.
    public var location: SourceLocation?

    public init(directory: String = "dist/{product}-{version}", formats: [PacketFormat] = [.markdown, .csv]) {
        self.directory = directory
        self.formats = formats
    }

    enum CodingKeys: String, CodingKey {
        case directory = "dir"
        case formats
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let directory = try container.decodeIfPresent(InputPath.self, forKey: .directory)
        self.directory = directory?.path ?? "dist/{product}-{version}"
        location = directory?.location
        formats = try container.decodeIfPresent([PacketFormat].self, forKey: .formats) ?? [.markdown, .csv]
    }

    /// The directory name with placeholders filled in. Values are reduced to characters safe in a
    /// file name, so a version like `2.0/beta` cannot create an extra directory level.
    public func resolvedDirectory(for release: Release) -> String {
        func safe(_ value: String) -> String {
            let cleaned = String(value.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" ? $0 : "-" })
            return cleaned.allSatisfy({ $0 == "." }) ? "-" : cleaned
        }
        return directory
            .replacingPlaceholder("{product}", with: safe(release.product))
            .replacingPlaceholder("{version}", with: safe(release.version))
            .replacingPlaceholder("{tier}", with: String(release.tier))
            .replacingPlaceholder("{date}", with: release.date.description)
    }
}

extension String {
    fileprivate func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
    }
}
