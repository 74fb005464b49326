#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to file descriptor 2 directly: Swift 6 refuses the C `stderr` global as shared mutable state.
public enum StandardError {
    public static func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            _ = Glibc.write(2, buffer.baseAddress, buffer.count)
        }
    }

    /// Prints `tool: message` and exits with 2 (a usage or input problem).
    public static func fail(_ tool: String, _ message: String) -> Never {
        write("\(tool): \(message)\n")
        exit(2)
    }
}
