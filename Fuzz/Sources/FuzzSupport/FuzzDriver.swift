/// libFuzzer's entry point for programs that own `main` (SwiftPM executables always do).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the process arguments and one test function.
///
/// SwiftPM builds executables with a renamed `main` it must find, so a fuzz target cannot simply
/// define `LLVMFuzzerTestOneInput` and let libFuzzer's own `main` run; instead each target's
/// `@main` calls this, and libFuzzer's driver parses the usual flags (`-max_total_time`, corpus
/// folders).
public enum FuzzDriver {
    public static func run(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, body)
        exit(status)
    }
}

@_silgen_name("exit")
private func exit(_ status: CInt) -> Never
