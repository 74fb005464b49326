/// The `-n ITERATIONS` flag every in-process workload takes.
public enum IterationsFlag {
    /// Removes `-n N` from `arguments` and returns N, or `defaultCount` when it is absent.
    public static func take(from arguments: inout [String], defaultCount: Int = 7) -> Int {
        guard let flag = arguments.firstIndex(of: "-n"), flag + 1 < arguments.count, let count = Int(arguments[flag + 1]) else {
            return defaultCount
        }
        arguments.removeSubrange(flag...(flag + 1))
        return count
    }
}
