import CAtomicRename
import Foundation

/// Writes a packet's files so that readers only ever see a whole packet: the previous one until
/// the new one is complete, then the new one.
///
/// The files are written to a hidden temporary directory beside the target and swapped into place
/// with one atomic exchange (`renameat2(RENAME_EXCHANGE)`; a plain rename when the target does not
/// exist yet). A failure at any point removes the temporary directory and leaves the previous packet
/// byte for byte as it was.
///
/// The writer replaces a directory only when it is empty or carries the marker file of a previous
/// packet, so pointing `--out` at a folder of one's own never deletes it.
public enum PacketWriter {
    /// Marks a directory as a packet that `launchkit build` may replace.
    public static let markerName = ".launchkit-packet"
    static let markerContents = "This directory is a LaunchKit packet. `launchkit build` replaces it as a whole.\n"

    /// - Parameters:
    ///   - artifacts: the files, with paths already validated by ``PacketPath``.
    ///   - directory: the packet directory to create or replace.
    ///   - formats: which formats to write; files of no format (summary.json) are always written.
    /// - Returns: the relative paths written, sorted.
    /// - Throws: ``DiagnosticError`` (exit 2) naming the directory and the reason.
    @discardableResult
    public static func write(_ artifacts: [Artifact], to directory: URL, formats: Set<PacketFormat>, displayPath: String) throws(DiagnosticError) -> [String] {
        let fileManager = FileManager.default
        let target = directory.standardizedFileURL
        try checkReplaceable(target, displayPath: displayPath)
        let parent = target.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw failure("cannot create '\(parent.path)'", error, displayPath: displayPath)
        }
        let staging = parent.appending(path: ".\(target.lastPathComponent).launchkit-tmp-\(getpid())")
        try? fileManager.removeItem(at: staging)
        let selected = artifacts.filter { $0.isWritten(in: formats) }.sorted { $0.path < $1.path }
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            for artifact in selected {
                let url = staging.appending(path: artifact.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(artifact.contents.utf8).write(to: url)
            }
            try Data(markerContents.utf8).write(to: staging.appending(path: markerName))
            try swap(staging, into: target)
        } catch let error as DiagnosticError {
            try? fileManager.removeItem(at: staging)
            throw error
        } catch {
            try? fileManager.removeItem(at: staging)
            throw failure("cannot write the packet to '\(displayPath)'", error, displayPath: displayPath)
        }
        // After the exchange the staging path holds the previous packet.
        try? fileManager.removeItem(at: staging)
        return selected.map(\.path)
    }

    /// Refuses to replace a file, or a non-empty directory that is not a previous packet.
    public static func checkReplaceable(_ target: URL, displayPath: String) throws(DiagnosticError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw DiagnosticError(.error("the output path '\(displayPath)' is a file, not a directory", rule: "output.not-a-directory",
                                         suggestion: "choose another output directory with --out or 'output.dir'"))
        }
        let contents = (try? fileManager.contentsOfDirectory(atPath: target.path)) ?? []
        if !contents.isEmpty, !contents.contains(markerName) {
            throw DiagnosticError(.error("the output directory '\(displayPath)' exists and is not a LaunchKit packet; refusing to replace it",
                                         rule: "output.not-a-packet", suggestion: "choose an empty or new directory with --out, or remove it yourself"))
        }
    }

    private static func swap(_ staging: URL, into target: URL) throws {
        if FileManager.default.fileExists(atPath: target.path) {
            if launchkit_exchange_paths(staging.path, target.path) == 0 { return }
            guard errno == ENOSYS || errno == EINVAL else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            // No atomic exchange on this file system: move the old packet aside, then the new one in.
            let aside = staging.deletingLastPathComponent().appending(path: staging.lastPathComponent + "-previous")
            try? FileManager.default.removeItem(at: aside)
            try FileManager.default.moveItem(at: target, to: aside)
            do {
                try FileManager.default.moveItem(at: staging, to: target)
            } catch {
                try? FileManager.default.moveItem(at: aside, to: target)
                throw error
            }
            try? FileManager.default.removeItem(at: aside)
        } else if rename(staging.path, target.path) != 0 {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    private static func failure(_ what: String, _ error: any Error, displayPath: String) -> DiagnosticError {
        let reason: String
        let code = (error as? POSIXError)?.code ?? ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { POSIXErrorCode(rawValue: Int32($0.code)) }
        switch code {
        case .EACCES?, .EPERM?: reason = "permission denied"
        case .EROFS?: reason = "the file system is read-only"
        case .ENOSPC?, .EDQUOT?: reason = "no space left on the device"
        case .EBUSY?, .EXDEV?: reason = "it is a mount point or on another file system, so it cannot be replaced as a whole; write the packet to a folder inside it"
        case let code?: reason = String(cString: strerror(code.rawValue))
        default:
            let nsError = error as NSError
            if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteNoPermissionError { reason = "permission denied" }
            else if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteOutOfSpaceError { reason = "no space left on the device" }
            else if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteVolumeReadOnlyError { reason = "the file system is read-only" }
            else { reason = nsError.localizedDescription }
        }
        return DiagnosticError(.error("\(what): \(reason); the previous packet is unchanged", rule: "output.write-failed",
                                      suggestion: "check the permissions and free space of the output directory"))
    }
}
