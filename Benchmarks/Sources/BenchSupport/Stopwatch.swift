#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Times a closure several times in one process and keeps every sample, so a workload reports
/// the median (robust to a noisy neighbour on a shared machine) and the minimum (the best case).
/// It also keeps the process's CPU time of each run: on a shared two-core machine another
/// engineer's compile stretches wall time but hardly CPU time, so ratios are judged on CPU time.
public struct Stopwatch {
    public private(set) var samples: [Double] = []
    public private(set) var cpuSamples: [Double] = []

    public init() {}

    /// Seconds since an arbitrary fixed point, from the monotonic clock.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// CPU seconds this process has used, all threads.
    public static func cpuNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Runs `body` `iterations` times and records each run; returns the last result so the work
    /// cannot be optimised away.
    @discardableResult
    public mutating func measure<T>(iterations: Int, _ body: () throws -> T) rethrows -> T {
        var result: T?
        for _ in 0..<max(iterations, 1) {
            // Free the previous repetition's result before the clock starts: a workload is timed
            // building its result, not tearing down the one before it.
            result = nil
            let cpuStart = Self.cpuNow()
            let start = Self.now()
            result = try body()
            samples.append(Self.now() - start)
            cpuSamples.append(Self.cpuNow() - cpuStart)
        }
        return result!
    }

    public var median: Double {
        let sorted = samples.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    public var minimum: Double { samples.min() ?? 0 }

    public var cpuMedian: Double {
        let sorted = cpuSamples.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
