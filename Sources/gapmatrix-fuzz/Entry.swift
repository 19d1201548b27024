import Foundation

// Built for fuzzing (`make fuzz`: -DFUZZING -sanitize=fuzzer,address), main hands control to
// libFuzzer's driver, which calls `fuzzOne` with each input; the harness comes from the
// GAPMATRIX_FUZZ_TARGET environment variable. Built normally, the same binary replays files
// (a corpus, or the regression cases in Tests/Fixtures/fuzz) through a harness:
//   gapmatrix-fuzz <target> <file>...
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

private let fuzzTarget = ProcessInfo.processInfo.environment["GAPMATRIX_FUZZ_TARGET"] ?? "csv"

@main
struct Fuzz {
    static func main() {
        guard Harnesses.names.contains(fuzzTarget) else {
            FileHandle.standardError.write(Data("GAPMATRIX_FUZZ_TARGET must be one of \(Harnesses.names.joined(separator: ", "))\n".utf8))
            exit(64)
        }
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            Harnesses.run(fuzzTarget, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
    }
}
#else
@main
struct Replay {
    static func main() {
        let args = CommandLine.arguments.dropFirst()
        guard let target = args.first, Harnesses.names.contains(target) else {
            print("usage: gapmatrix-fuzz <\(Harnesses.names.joined(separator: "|"))> <file>...")
            exit(64)
        }
        for file in args.dropFirst() {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            Harnesses.run(target, [UInt8](data))
        }
        print("\(target): \(args.count - 1) inputs read without a crash")
    }
}
#endif
