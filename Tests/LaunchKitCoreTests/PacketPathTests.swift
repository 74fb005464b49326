import Testing
@testable import LaunchKitCore

@Suite struct PacketPathTests {
    @Test(arguments: ["README.md", "sheets/battlecard-acme.md", "summary.json", "a_b-c.1.csv"])
    func acceptsSafePaths(_ path: String) {
        #expect(PacketPath.problem(with: path) == nil)
    }

    @Test(arguments: [
        "", "/etc/passwd", "../escape.md", "sheets/../../x.md", "./x.md", "sheets//x.md", ".hidden", "sheets/.x",
        "-rf.md", "con.md", "sheets/NUL", "com1.txt", "a b.md", "ü.md", "a\\b.md", "x/", String(repeating: "a", count: 256),
    ])
    func refusesUnsafePaths(_ path: String) {
        #expect(PacketPath.problem(with: path) != nil)
    }

    @Test func kitRefusesTwoStagesWritingOnePath() throws {
        var kit = Kit(release: Release(product: "P", version: "1", date: CalendarDate("2026-01-01")!, tier: 1))
        try kit.addArtifact(Artifact(path: "a.md", contents: "1", kind: "x", title: "A", stage: "one"))
        #expect(throws: DiagnosticError.self) {
            try kit.addArtifact(Artifact(path: "a.md", contents: "2", kind: "x", title: "A", stage: "two"))
        }
        #expect(throws: DiagnosticError.self) {
            try kit.addArtifact(Artifact(path: "../a.md", contents: "2", kind: "x", title: "A", stage: "two"))
        }
    }
}
