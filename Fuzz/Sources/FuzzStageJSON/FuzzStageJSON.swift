import FuzzSupport
import LaunchKitCore

@main
enum FuzzStageJSON {
    static func main() {
        FuzzDriver.run { data, size in
            fuzzStageJSON(data, size)
        }
    }
}

/// An external stage's stdout: any bytes must decode to an answer or a located problem.
func fuzzStageJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let answer = try ExternalStageOutput.decode(bytes)
        for artifact in answer.artifacts {
            // Whatever a stage claims, a path is either safe or refused.
            _ = PacketPath.problem(with: artifact.path)
        }
    } catch {
        precondition(!error.message.isEmpty, "a problem always says what is wrong")
    }
    return 0
}
