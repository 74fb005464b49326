import Dispatch
import Foundation
import LaunchKitCore

/// Ctrl-C and SIGTERM end `launchkit` together with the external stages it started, which run in
/// process groups of their own and would otherwise keep running. Nothing of the packet is lost:
/// it is swapped in only when complete.
///
/// When a stage is running, the handler kills its group and lets the build unwind (the stage then
/// fails, so nothing is written) and the command exits with the signal's status; otherwise it exits
/// at once.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var signalNumber: Int32?
    private var sources: [any DispatchSourceSignal] = []

    /// The signal that interrupted the run, if one did.
    var received: Int32? { lock.withLock { signalNumber } }

    static func install() -> Interruption {
        let interruption = Interruption()
        interruption.sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interruption.handle(number) }
            source.resume()
            return source
        }
        return interruption
    }

    private func handle(_ number: Int32) {
        let first = lock.withLock {
            defer { signalNumber = signalNumber ?? number }
            return signalNumber == nil
        }
        guard first else { return }
        FileHandle.standardError.write(Data("launchkit: interrupted; stopping the stages it started\n".utf8))
        if RunningProcessGroups.killAll() == 0 {
            exit(128 + number)
        }
    }

    /// The exit status the command should end with: the signal's, when it was interrupted.
    func exitStatus(otherwise status: Int32) -> Int32 {
        received.map { 128 + $0 } ?? status
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
