/// One workload's measurement, printed as a single JSON line that `scripts/compare.py` reads.
///
/// Every in-process workload (C, Swift, Python) prints the same keys, so the table compares like
/// with like: seconds for one run over data already in memory, and a checksum that the peers must
/// agree on (events, nodes or records) before their times are compared.
public struct BenchResult {
    public var tool: String
    public var workload: String
    public var bytes: Int
    public var stopwatch: Stopwatch
    public var checksum: Int
    public var extra: [(String, String)]

    public init(tool: String, workload: String, bytes: Int, stopwatch: Stopwatch, checksum: Int, extra: [(String, String)] = []) {
        self.tool = tool
        self.workload = workload
        self.bytes = bytes
        self.stopwatch = stopwatch
        self.checksum = checksum
        self.extra = extra
    }

    public var jsonLine: String {
        var fields = [
            ("tool", Self.quoted(tool)), ("workload", Self.quoted(workload)), ("bytes", String(bytes)),
            ("iterations", String(stopwatch.samples.count)),
            ("median_s", Self.seconds(stopwatch.median)), ("min_s", Self.seconds(stopwatch.minimum)),
            ("cpu_median_s", Self.seconds(stopwatch.cpuMedian)),
            ("checksum", String(checksum)),
        ]
        fields += extra.map { ($0.0, Self.quoted($0.1)) }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    public static func quoted(_ text: String) -> String { DoubleQuoted.string(text) }

    static func seconds(_ value: Double) -> String {
        // Six decimals: microseconds, as the C driver prints.
        let micros = Int((value * 1_000_000).rounded())
        let whole = micros / 1_000_000
        let fraction = String(micros % 1_000_000)
        return "\(whole)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
