import CFuzzDriver

/// The program's entry point in debug builds, where SwiftPM links with `--defsym main=FuzzRequestParser_main`
/// (see Package.swift). It hands argv to libFuzzer, exactly as libFuzzer's own main() would.
@_cdecl("FuzzRequestParser_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return fuzz(UnsafeRawPointer(bitPattern: 1)!, 0) }
        return fuzz(UnsafeRawPointer(data), size)
    }
}
