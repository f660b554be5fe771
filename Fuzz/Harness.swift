// The libFuzzer entry point, compiled with the Annotations and AnnotationsFuzzing sources into one
// binary by scripts/fuzz.sh (never by `swift build` or `swift test`). The target is chosen by
// READER_FUZZ_TARGET, so one build serves them all.
import Foundation

let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["READER_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        fatalError("set READER_FUZZ_TARGET to one of: \(names)")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
}
