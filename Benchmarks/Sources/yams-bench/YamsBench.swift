import BenchSupport
import Yams

/// `yams-bench`: the YAML workloads of `lkbench` through jpsim/Yams 6.2.2, the peer.
///
///     yams-bench compose FILE... [-n N]   Yams.compose into Yams.Node trees (the counterpart of yaml-node)
///     yams-bench decode FILE [-n N]       YAMLDecoder into the same models as lkbench yaml-decode
///     yams-bench load FILE [-n N]         Yams.load into a tree of Any
///
/// Yams parses Swift Strings, so each file is decoded from UTF-8 once, outside the timing.
@main
struct YamsBench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard !arguments.isEmpty else { fail("usage: yams-bench compose|decode|load FILE... [-n N]") }
        let workload = arguments.removeFirst()
        let iterations = IterationsFlag.take(from: &arguments)
        do {
            guard !arguments.isEmpty else { throw BenchError("no input file") }
            let inputs = try arguments.map { (path: $0, text: try FileBytes.string($0)) }
            let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
            var stopwatch = Stopwatch()
            let checksum: Int
            switch workload {
            case "compose":
                let roots = try stopwatch.measure(iterations: iterations) { () throws -> [Node] in
                    try inputs.compactMap { try Yams.compose(yaml: $0.text) }
                }
                checksum = roots.reduce(0) { $0 + eventCount(of: $1) }
            case "decode":
                checksum = try stopwatch.measure(iterations: iterations) { () throws -> Int in
                    var count = 0
                    for input in inputs {
                        if input.text.contains("\nmessages:") || input.text.hasPrefix("messages:") {
                            count += try YAMLDecoder().decode(MessageFile.self, from: input.text).messages.count
                        } else {
                            count += try YAMLDecoder().decode(GlossaryFile.self, from: input.text).terms.count
                        }
                    }
                    return count
                }
            case "load":
                let values = try stopwatch.measure(iterations: iterations) { () throws -> [Any] in
                    try inputs.compactMap { try Yams.load(yaml: $0.text) }
                }
                checksum = values.count
            default:
                fail("unknown workload '\(workload)'")
            }
            print(BenchResult(tool: "yams", workload: workload == "compose" ? "node" : workload, bytes: bytes,
                              stopwatch: stopwatch, checksum: checksum).jsonLine)
        } catch {
            fail("\(workload): \(error)")
        }
    }

    /// Events that describe the tree, counted as `lkbench` counts them.
    static func eventCount(of root: Node) -> Int {
        var count = 4
        var stack = [root]
        while let node = stack.popLast() {
            switch node {
            case .scalar, .alias: count += 1
            case .sequence(let sequence):
                count += 2
                stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                count += 2
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return count
    }

    static func fail(_ message: String) -> Never {
        StandardError.fail("yams-bench", message)
    }
}
