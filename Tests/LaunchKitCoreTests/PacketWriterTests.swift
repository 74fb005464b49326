import Foundation
import LaunchKitTestSupport
import Testing
@testable import LaunchKitCore

@Suite struct PacketWriterTests {
    func artifact(_ path: String, _ contents: String) -> Artifact {
        Artifact(path: path, contents: contents, kind: "test", title: path, stage: "test")
    }

    @Test func writesEveryFileAndAMarker() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let out = temp.url.appending(path: "dist/packet")
        let written = try PacketWriter.write([artifact("b.csv", "x\r\n"), artifact("sheets/a.md", "# A\n"), artifact("summary.json", "{}")],
                                             to: out, formats: [.markdown, .csv], displayPath: "dist/packet")
        #expect(written == ["b.csv", "sheets/a.md", "summary.json"])
        let files = try temp.files(under: "dist/packet")
        #expect(files == ["b.csv": "x\r\n", "sheets/a.md": "# A\n", "summary.json": "{}", PacketWriter.markerName: PacketWriter.markerContents])
        #expect(try temp.files(under: "dist").keys.allSatisfy { $0.hasPrefix("packet/") })
    }

    @Test func formatsFilterMarkdownAndCSVButKeepOtherFiles() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let out = temp.url.appending(path: "p")
        try PacketWriter.write([artifact("a.md", "a"), artifact("b.csv", "b"), artifact("summary.json", "{}")], to: out, formats: [.csv], displayPath: "p")
        #expect(try temp.files(under: "p").keys.sorted() == [PacketWriter.markerName, "b.csv", "summary.json"])
    }

    @Test func replacesAPreviousPacketWhole() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        let out = temp.url.appending(path: "p")
        try PacketWriter.write([artifact("old.md", "old")], to: out, formats: [.markdown], displayPath: "p")
        try PacketWriter.write([artifact("new.md", "new")], to: out, formats: [.markdown], displayPath: "p")
        #expect(try temp.files(under: "p") == ["new.md": "new", PacketWriter.markerName: PacketWriter.markerContents])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.url.path) == ["p"])
    }

    @Test func refusesToReplaceADirectoryThatIsNotAPacket() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("mine/notes.txt", "keep me")
        #expect(throws: DiagnosticError.self) {
            try PacketWriter.write([artifact("a.md", "a")], to: temp.url.appending(path: "mine"), formats: [.markdown], displayPath: "mine")
        }
        #expect(try temp.files(under: "mine") == ["notes.txt": "keep me"])
    }

    @Test func refusesAFileAsOutputDirectory() throws {
        let temp = try TemporaryDirectory()
        defer { temp.remove() }
        try temp.write("out", "a file")
        #expect {
            try PacketWriter.write([artifact("a.md", "a")], to: temp.url.appending(path: "out"), formats: [.markdown], displayPath: "out")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.rule == "output.not-a-directory"
        }
    }

    @Test func aFailedWriteLeavesThePreviousPacketIntact() throws {
        guard getuid() != 0 else { return }  // root ignores permissions; the CLI tests cover a failing stage instead
        let temp = try TemporaryDirectory()
        defer {
            chmod(temp.url.path, 0o755)
            temp.remove()
        }
        let out = temp.url.appending(path: "p")
        try PacketWriter.write([artifact("a.md", "previous")], to: out, formats: [.markdown], displayPath: "p")
        chmod(temp.url.path, 0o555)
        #expect(throws: DiagnosticError.self) {
            try PacketWriter.write([artifact("a.md", "next")], to: out, formats: [.markdown], displayPath: "p")
        }
        chmod(temp.url.path, 0o755)
        #expect(try temp.files(under: "p")["a.md"] == "previous")
    }
}
