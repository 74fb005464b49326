import LaunchKitCore

/// The release as every sheet's template sees it (`{{release.title}}`, `{{release.date}}`).
///
/// View-model properties are named as templates spell them: snake_case like the kit's own files,
/// so a person customising a template writes the names they already know from YAML.
struct ReleaseSummary: Sendable {
    let product: String
    let version: String
    /// `CloudGuard 2.0`.
    let title: String
    /// `2026-12-01`.
    let date: String
    let tier: Int
    let pitch: String?
    let highlights: [String]

    init(_ release: Release) {
        product = release.product
        version = release.version
        title = release.title
        date = release.date.description
        tier = release.tier
        pitch = release.pitch.nonBlank
        highlights = release.highlights.filter { $0.nonBlank != nil }
    }
}
