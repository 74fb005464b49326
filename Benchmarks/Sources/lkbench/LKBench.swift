import BenchSupport

/// `lkbench`: LaunchKit's in-process workloads. Each prints one JSON line (see `BenchResult`).
///
///     lkbench yaml-events FILE [-n N]     libyaml events through the binding's parser, nothing kept
///     lkbench yaml-node FILE... [-n N]    YAMLDocument.load into Node trees with marks
///     lkbench yaml-decode FILE [-n N]     Node tree, then NodeDecoder into the kit's Decodable models
///     lkbench readability FILE...         the eight metrics per file, tab-separated (timed as a process)
///     lkbench readability-timed FILE...   the same analysis, in memory, timed N times
///     lkbench render-table TEMPLATE TSV [PLAIN]  a Markdown table: hand-written builder, templates,
///                                          swift-mustache alone (with PLAIN, the helper-free template)
///     lkbench render-table-once TEMPLATE TSV  one templated render, timed by the harness as a process
///
/// Every workload reads its input once, then repeats the work N times (default 7) and reports
/// the median, so the number is the work itself, not process start or disk.
@main
struct LKBench {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard !arguments.isEmpty else {
            fail("usage: lkbench WORKLOAD ARGS... [-n ITERATIONS]")
        }
        let workload = arguments.removeFirst()
        let iterations = IterationsFlag.take(from: &arguments)
        do {
            if workload == "readability" {
                print(try ReadabilityWorkload.values(arguments), terminator: "")
                return
            }
            if workload == "render-table" {
                for result in try TableWorkload.run(arguments, iterations: iterations) {
                    print(result.jsonLine)
                }
                return
            }
            let result: BenchResult
            switch workload {
            case "yaml-events": result = try YAMLWorkloads.events(arguments, iterations: iterations)
            case "yaml-node": result = try YAMLWorkloads.node(arguments, iterations: iterations)
            case "yaml-decode": result = try YAMLWorkloads.decode(arguments, iterations: iterations)
            case "readability-timed": result = try ReadabilityWorkload.timed(arguments, iterations: iterations)
            case "render-table-once": result = try TableWorkload.once(arguments)
            default: fail("unknown workload '\(workload)'")
            }
            print(result.jsonLine)
        } catch {
            fail("\(workload): \(error)")
        }
    }

    static func fail(_ message: String) -> Never {
        StandardError.fail("lkbench", message)
    }
}
