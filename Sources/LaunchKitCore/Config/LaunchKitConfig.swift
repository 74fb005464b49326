import LaunchKitYAML

/// The contents of `launchkit.yml`: the release, the pipeline of stages, where the packet goes.
public struct LaunchKitConfig: Sendable, Decodable {
    /// The config format version this build reads.
    public static let supportedVersion = 1

    public var version: Int
    public var release: Release
    /// A directory whose templates override the built-in ones by file name.
    public var templates: InputPath?
    public var pipeline: [PipelineEntry]
    public var output: OutputSettings

    enum CodingKeys: String, CodingKey {
        case version = "launchkit"
        case release, templates, pipeline, output
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(ConfigVersion.self, forKey: .version).value
        release = try container.decode(Release.self, forKey: .release)
        templates = try container.decodeIfPresent(InputPath.self, forKey: .templates)
        pipeline = try container.decode([PipelineEntry].self, forKey: .pipeline)
        output = try container.decodeIfPresent(OutputSettings.self, forKey: .output) ?? OutputSettings()
    }

    /// `launchkit: 1`, checked where it is written: a newer format gets a clear "upgrade" error
    /// instead of a confusing unknown-key error further down.
    private struct ConfigVersion: Decodable {
        var value: Int

        init(from decoder: any Decoder) throws {
            value = try decoder.singleValueContainer().decode(Int.self)
            guard value == LaunchKitConfig.supportedVersion else {
                let hint = value > LaunchKitConfig.supportedVersion ? "; upgrade launchkit to read it" : ""
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unsupported config format version \(value); this launchkit reads version \(LaunchKitConfig.supportedVersion)\(hint)"))
            }
        }
    }
}
