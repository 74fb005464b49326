import BenchSupport
import LaunchKitYAML

/// The YAML binding's three layers, each measured on bytes already in memory.
enum YAMLWorkloads {
    /// The parser alone: every libyaml event copied into a Swift `YAMLEvent`, then dropped.
    static func events(_ paths: [String], iterations: Int) throws -> BenchResult {
        let inputs = try load(paths)
        var stopwatch = Stopwatch()
        let events = try stopwatch.measure(iterations: iterations) { () throws -> Int in
            var count = 0
            for (path, bytes) in inputs {
                let parser = YAMLParser(bytes: bytes, file: path)
                while try parser.next() != nil { count += 1 }
            }
            return count
        }
        return BenchResult(tool: "launchkit", workload: "events", bytes: inputs.byteCount, stopwatch: stopwatch, checksum: events)
    }

    /// Events into a `Node` tree with marks: what every stage gets from `readYAML`.
    static func node(_ paths: [String], iterations: Int) throws -> BenchResult {
        let inputs = try load(paths)
        var stopwatch = Stopwatch()
        let roots = try stopwatch.measure(iterations: iterations) { () throws -> [Node] in
            try inputs.compactMap { try YAMLDocument.load($0.bytes, file: $0.path) }
        }
        return BenchResult(tool: "launchkit", workload: "node", bytes: inputs.byteCount, stopwatch: stopwatch,
                           checksum: roots.reduce(0) { $0 + eventCount(of: $1) })
    }

    /// The tree, then the strict located decoder into plain models: what a stage pays to read its
    /// input file. The file's top-level key picks the model (`messages:` or `terms:`).
    static func decode(_ paths: [String], iterations: Int) throws -> BenchResult {
        let inputs = try load(paths)
        var stopwatch = Stopwatch()
        let records = try stopwatch.measure(iterations: iterations) { () throws -> Int in
            var count = 0
            for (path, bytes) in inputs {
                guard let root = try YAMLDocument.load(bytes, file: path) else { continue }
                let decoder = NodeDecoder(file: path)
                if root.mapping?["messages"] != nil {
                    count += try decoder.decode(MessageFile.self, from: root).messages.count
                } else if root.mapping?["terms"] != nil {
                    count += try decoder.decode(GlossaryFile.self, from: root).terms.count
                } else {
                    throw BenchError("\(path): no model for this file (expected 'messages:' or 'terms:')")
                }
            }
            return count
        }
        return BenchResult(tool: "launchkit", workload: "decode", bytes: inputs.byteCount, stopwatch: stopwatch, checksum: records)
    }

    private static func load(_ paths: [String]) throws -> [(path: String, bytes: [UInt8])] {
        guard !paths.isEmpty else { throw BenchError("no input file") }
        return try paths.map { ($0, try FileBytes.read($0)) }
    }

    /// The number of libyaml events that describe a tree: one per scalar, two per collection
    /// (start and end), plus stream and document start and end. Equal to the C driver's count for
    /// a single-document file without aliases, so both sides are seen to do the same work.
    static func eventCount(of root: Node) -> Int {
        var count = 4
        var stack = [root]
        while let node = stack.popLast() {
            switch node {
            case .scalar: count += 1
            case .sequence(let sequence):
                count += 2
                stack.append(contentsOf: sequence.nodes)
            case .mapping(let mapping):
                count += 2
                for pair in mapping.pairs {
                    stack.append(pair.key)
                    stack.append(pair.value)
                }
            }
        }
        return count
    }
}

extension Array where Element == (path: String, bytes: [UInt8]) {
    var byteCount: Int { reduce(0) { $0 + $1.bytes.count } }
}
