import Foundation

/// What the command line (or a test) decides for a whole run, as opposed to what the config says.
public struct PipelineEnvironment: Sendable {
    /// The built-in templates, by file name (the binary embeds them).
    public var defaultTemplates: [String: String]
    /// The day to print where a date is needed: `SOURCE_DATE_EPOCH` when set, so packets are
    /// reproducible; nil otherwise (pages then print no generation date at all).
    public var sourceDate: CalendarDate?
    /// `--fail-under` from the command line, which wins over the config's `fail-under`.
    public var failUnderOverride: Double?
    /// `--format` from the command line, which wins over the config's `output.formats`.
    public var formatsOverride: [PacketFormat]?
    public var limits: InputLimits
    /// Whether and how `run:` stages run (validate checks them without running them).
    public var externalStages: ExternalStageSettings

    public init(
        defaultTemplates: [String: String] = [:], sourceDate: CalendarDate? = nil, failUnderOverride: Double? = nil,
        formatsOverride: [PacketFormat]? = nil, limits: InputLimits = .default,
        externalStages: ExternalStageSettings = ExternalStageSettings()
    ) {
        self.defaultTemplates = defaultTemplates
        self.sourceDate = sourceDate
        self.failUnderOverride = failUnderOverride
        self.formatsOverride = formatsOverride
        self.limits = limits
        self.externalStages = externalStages
    }

    /// `SOURCE_DATE_EPOCH` from a process environment, as reproducible-builds.org defines it.
    public static func sourceDate(from environment: [String: String]) -> CalendarDate? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) else { return nil }
        return CalendarDate(unixTime: seconds)
    }
}
