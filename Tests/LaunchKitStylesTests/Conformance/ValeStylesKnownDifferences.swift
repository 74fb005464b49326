/// Expected alerts of the style packages' fixtures that LaunchKit does not reproduce, by package.
enum ValeStylesKnownDifferences {
    static let all: [String: [KnownDifference]] = [:]
}
