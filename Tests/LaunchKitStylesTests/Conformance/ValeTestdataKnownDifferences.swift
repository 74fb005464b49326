/// Expected alerts of Vale's fixtures that LaunchKit does not reproduce, each with the reason.
enum ValeTestdataKnownDifferences {
    static let all: [KnownDifference] = []
}
