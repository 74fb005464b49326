import Foundation

/// The process groups of external stages that are running now.
///
/// Each external stage runs in a process group of its own so a timeout can kill everything it
/// started; the same separation means a terminal's Ctrl-C reaches `launchkit` but not the stage.
/// The command line calls ``killAll()`` when it is interrupted, so no stage outlives it.
public enum RunningProcessGroups {
    private static let registry = Registry()

    static func insert(_ group: pid_t) {
        registry.update { $0.insert(group) }
    }

    static func remove(_ group: pid_t) {
        registry.update { $0.remove(group) }
    }

    /// Sends SIGKILL to every running stage's process group.
    ///
    /// - Returns: how many groups were signalled.
    @discardableResult
    public static func killAll() -> Int {
        var count = 0
        registry.update { groups in
            for group in groups { _ = kill(-group, SIGKILL) }
            count = groups.count
            groups.removeAll()
        }
        return count
    }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var groups: Set<pid_t> = []

        func update(_ body: (inout Set<pid_t>) -> Void) {
            lock.withLock { body(&groups) }
        }
    }
}
