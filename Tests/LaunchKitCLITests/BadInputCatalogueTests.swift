import Foundation
import LaunchKitTestSupport
import LaunchKitYAML
import Testing

/// Every case in `Tests/Fixtures/bad/`: the real executable on broken input must print the exact
/// located message, exit with the documented code, and leave the kit folder (and any previous
/// packet in it) byte for byte as it was.
@Suite struct BadInputCatalogueTests {
    static let folder = PackagePaths.fixtures.appending(path: "bad")

    /// `case.yml` in a case folder.
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var summary: String
        var command: [String]?
        var exit: Int32
        /// Lines that must appear in stderr, in this order.
        var stderr: [String]
        /// Fixtures generated at test time (too big or too odd to commit).
        var setup: [Setup]?
        var name = ""

        enum CodingKeys: String, CodingKey {
            case summary, command, exit, stderr, setup
        }

        var testDescription: String { name }
    }

    enum Setup: Decodable, Sendable {
        /// A file of 200 MiB at this kit-relative path.
        case bigFile(String)
        /// A YAML file of 10,000 nested lists.
        case deepNesting(String)
        /// A symlink at this path pointing to a file outside the kit.
        case symlinkOutside(String)
        /// A previous packet in this output folder, which must survive the failed build.
        case previousPacket(String)
        /// This output folder, holding a previous packet, is on a read-only file system.
        case readOnlyOutput(String)
        /// This output folder, holding a previous packet, is on a 16 KiB file system.
        case fullDisk(String)

        enum CodingKeys: String, CodingKey {
            case bigFile = "big-file"
            case deepNesting = "deep-nesting"
            case symlinkOutside = "symlink-outside"
            case previousPacket = "previous-packet"
            case readOnlyOutput = "read-only-output"
            case fullDisk = "full-disk"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard let key = container.allKeys.first, container.allKeys.count == 1 else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a setup step has exactly one key"))
            }
            let value = try container.decode(String.self, forKey: key)
            switch key {
            case .bigFile: self = .bigFile(value)
            case .deepNesting: self = .deepNesting(value)
            case .symlinkOutside: self = .symlinkOutside(value)
            case .previousPacket: self = .previousPacket(value)
            case .readOnlyOutput: self = .readOnlyOutput(value)
            case .fullDisk: self = .fullDisk(value)
            }
        }
    }

    static func cases() throws -> [Case] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.compactMap { name in
            let file = folder.appending(path: "\(name)/case.yml")
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            var decoded = try NodeDecoder(file: "bad/\(name)/case.yml").decode(Case.self, fromYAML: PackagePaths.bytes(file))
            decoded.name = name
            return decoded
        }
    }

    @Test func catalogueIsLargeEnough() throws {
        #expect(try Self.cases().count >= 58)
    }

    @Test(arguments: try cases())
    func failsCleanly(_ testCase: Case) throws {
        let temp = try TemporaryDirectory("launchkit-bad")
        var mounts: [URL] = []
        defer {
            for mount in mounts.reversed() { _ = Self.shell("umount", mount.path) }
            temp.remove()
        }
        let kit = temp.url.appending(path: "kit")
        try FileManager.default.copyItem(at: Self.folder.appending(path: "\(testCase.name)/kit"), to: kit)
        try? FileManager.default.removeItem(at: kit.appending(path: ".keep"))
        for step in testCase.setup ?? [] {
            guard let mount = try Self.prepare(step, in: kit) else { continue }
            mounts.append(mount)
        }
        let before = try Self.tree(temp.url)
        let result = try CommandRunner().run(testCase.command ?? ["build"], in: kit)
        #expect(result.status == testCase.exit, "\(testCase.name): exit \(result.status)\n\(result.stderr)")
        var remainder = result.stderr[...]
        for line in testCase.stderr {
            guard let range = remainder.range(of: line) else {
                Issue.record("\(testCase.name): stderr lacks (in order) '\(line)'\nstderr was:\n\(result.stderr)")
                break
            }
            remainder = remainder[range.upperBound...]
        }
        #expect(try Self.tree(temp.url) == before, "\(testCase.name): the build changed files")
    }

    /// Paths and contents of every file below `url` (big files by size only).
    static func tree(_ url: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let base = url.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey, .fileSizeKey])
        for case let file as URL in enumerator ?? FileManager.DirectoryEnumerator() {
            let values = try file.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey, .fileSizeKey])
            let path = String(file.standardizedFileURL.path.dropFirst(base.count))
            if values.isSymbolicLink == true {
                result[path] = "-> " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) ?? "?")
            } else if values.isRegularFile == true {
                let size = values.fileSize ?? 0
                result[path] = size > 1 << 20 ? "\(size) bytes" : String(decoding: try Data(contentsOf: file), as: UTF8.self)
            } else {
                result[path + "/"] = "directory"
            }
        }
        return result
    }

    /// Creates a generated fixture; returns a mount point to unmount afterwards.
    static func prepare(_ step: Setup, in kit: URL) throws -> URL? {
        switch step {
        case .bigFile(let path):
            let file = kit.appending(path: path)
            _ = FileManager.default.createFile(atPath: file.path, contents: nil)
            let handle = try FileHandle(forWritingTo: file)
            try handle.truncate(atOffset: 200 << 20)
            try handle.close()
        case .deepNesting(let path):
            try Data((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n").utf8).write(to: kit.appending(path: path))
        case .symlinkOutside(let path):
            let outside = kit.deletingLastPathComponent().appending(path: "outside.yml")
            try Data("- id: secret\n  name: Outside\n".utf8).write(to: outside)
            try FileManager.default.createSymbolicLink(at: kit.appending(path: path), withDestinationURL: outside)
        case .previousPacket(let path):
            try writePreviousPacket(at: kit.appending(path: path))
        case .readOnlyOutput(let path):
            // A previous packet on a file system that is then made read-only, as a mounted share can be.
            let out = kit.appending(path: path)
            let volume = out.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: volume, withIntermediateDirectories: true)
            guard shell("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", volume.path) == 0 else {
                // Without mount rights, fall back to permissions (effective for non-root users).
                try writePreviousPacket(at: out)
                chmod(volume.path, 0o555)
                return nil
            }
            try writePreviousPacket(at: out)
            shell("mount", "-o", "remount,ro", volume.path)
            return volume
        case .fullDisk(let path):
            // A 16 KiB file system: the previous packet fits, the new one does not.
            let out = kit.appending(path: path)
            let volume = out.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: volume, withIntermediateDirectories: true)
            guard shell("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", volume.path) == 0 else { return nil }
            try writePreviousPacket(at: out)
            return volume
        }
        return nil
    }

    static func writePreviousPacket(at url: URL) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("This directory is a LaunchKit packet. `launchkit build` replaces it as a whole.\n".utf8).write(to: url.appending(path: ".launchkit-packet"))
        try Data("# The previous packet\n".utf8).write(to: url.appending(path: "README.md"))
    }

    @discardableResult
    static func shell(_ arguments: String...) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
