import Foundation

/// `kitgen`: writes a synthetic large launch kit, deterministic for a seed and sizes.
///
///     kitgen --out DIR [--seed 42] [--messages 10000] [--buyers 100] [--channels 20] [--glossary 2000]
///            [--competitors 12] [--checklist 40]
///
/// Prints the files written with their sizes. The same arguments always give byte-identical files.
@main
struct KitGen {
    static func main() {
        do {
            try run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("kitgen: \(error)\n".utf8))
            exit(2)
        }
    }

    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: [String]) throws {
        var sizes = KitWriter.Sizes()
        var seed: UInt64 = 42
        var out: String?
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(description: "\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        func number() throws -> Int {
            let text = try value()
            guard let number = Int(text), number >= 0 else { throw UsageError(description: "'\(text)' is not a count") }
            return number
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--out": out = try value()
            case "--seed":
                let text = try value()
                guard let parsed = UInt64(text) else { throw UsageError(description: "'\(text)' is not a seed") }
                seed = parsed
            case "--messages": sizes.messages = try number()
            case "--buyers": sizes.buyers = max(try number(), 1)
            case "--channels": sizes.channels = max(try number(), 1)
            case "--glossary": sizes.glossary = max(try number(), 1)
            case "--competitors": sizes.competitors = max(try number(), 1)
            case "--checklist": sizes.checklist = try number()
            default: throw UsageError(description: "unknown argument '\(arguments[index])'")
            }
            index += 1
        }
        guard let out else { throw UsageError(description: "usage: kitgen --out DIR [--seed N] [--messages N] ...") }
        let root = URL(fileURLWithPath: out)
        for (path, contents) in KitWriter(seed: seed, sizes: sizes).files() {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = Data(contents.utf8)
            try data.write(to: url)
            print("\(path)\t\(data.count)")
        }
    }
}
