import FuzzSupport
import LaunchKitCore
import LaunchKitYAML

@main
enum FuzzYAMLConfig {
    static func main() {
        FuzzDriver.run { data, size in
            fuzzYAMLConfig(data, size)
        }
    }
}

/// YAML bytes → events → Node → strict decoding of a whole `launchkit.yml`. Any input must end in a
/// value or a located error, never a crash, a hang or unbounded memory.
func fuzzYAMLConfig(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let limits = YAMLLimits(maxDepth: 64, maxAliasExpansion: 10_000, maxNodes: 100_000)
    do {
        if let root = try YAMLDocument.load(bytes, file: "fuzz.yml", limits: limits) {
            _ = try? NodeDecoder(file: "fuzz.yml").decode(LaunchKitConfig.self, from: root)
            _ = try? NodeDecoder(file: "fuzz.yml").decode([BuyerPersona].self, from: root)
        }
    } catch {
        precondition(error.mark.map { $0.line >= 1 && $0.column >= 1 } ?? true, "errors carry 1-based positions")
    }
    return 0
}
