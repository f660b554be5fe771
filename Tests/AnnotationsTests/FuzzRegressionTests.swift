import Foundation
import Testing
@testable import Annotations
import AnnotationsFuzzing

/// Every seed and every crash the fuzzers found, run through the same entry points libFuzzer
/// calls (`FuzzTarget.run`), whose invariants stop the process on a wrong answer.
@Suite("Fuzz seeds and kept crashes")
struct FuzzRegressionTests {
    static func inputs(of target: FuzzTarget) -> [String] {
        var paths: [String] = []
        for folder in ["/Fuzz/Seeds/", "/Tests/Regressions/"] {
            let directory = TestPaths.packageRoot + folder + target.rawValue
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            paths += names.sorted().filter { !$0.hasPrefix(".") }.map { directory + "/" + $0 }
        }
        return paths
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedsAndKeptCrashesPass(target: FuzzTarget) throws {
        let paths = Self.inputs(of: target)
        #expect(!paths.isEmpty, "no seeds for \(target.rawValue)")
        for path in paths {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            target.run([UInt8](bytes))
        }
    }

    /// A short structured run of every target on pseudo-random bytes, so `swift test` exercises the
    /// generators themselves (the long runs are scripts/fuzz.sh).
    @Test(arguments: FuzzTarget.allCases)
    func shortRandomRun(target: FuzzTarget) {
        var generator = SplitMix(seed: 13)
        for _ in 0..<200 {
            let count = Int(generator.next() % 512)
            target.run((0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        }
    }

    /// The sidecar writer gives exactly JSONEncoder's bytes for everything this build writes, so
    /// sidecars saved by earlier versions round-trip unchanged.
    @Test func writerMatchesJSONEncoder() throws {
        struct EncodableSidecar: Encodable {
            var schema = Sidecar.schemaName
            var version = Sidecar.currentVersion
            var article: String
            var annotations: [Annotation]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var generator = SplitMix(seed: 7)
        let pieces = ["a", "é", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\n", "\t", "\r", "\u{8}", "\u{C}", "\"", "\\", "/",
                      "\u{2028}", "👩‍👩‍👧", "e\u{301}", " ", "日本", "\u{FEFF}"]
        func text() -> String { (0..<Int(generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined() }
        let values: [Double?] = [nil, 0, 20000, 0.5, 1e-7, 1e21, 123456789012345680, -0.0, 3.14159, 1e300, Double.leastNonzeroMagnitude, 6400, -12.75]
        for round in 0..<300 {
            var annotations: [Annotation] = []
            for index in 0..<Int(generator.next() % 4) {
                let start = Int(generator.next() % 1000)
                var annotation = Annotation(id: UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", index))!,
                                            created: text(), modified: text(),
                                            target: AnnotationTarget(quote: TextQuoteSelector(exact: text(), prefix: text(), suffix: text()),
                                                                     position: TextPositionSelector(start: start, end: start + Int(generator.next() % 50))),
                                            tags: (0..<Int(generator.next() % 3)).map { _ in text() }, note: text())
                if generator.next() % 2 == 0 {
                    annotation.claim = ClaimSnapshot(kind: ClaimKind.allCases[Int(generator.next() % UInt64(ClaimKind.allCases.count))],
                                                     value: values[Int(generator.next() % UInt64(values.count))],
                                                     normalized: generator.next() % 2 == 0 ? nil : text(),
                                                     unit: generator.next() % 2 == 0 ? nil : text(),
                                                     qualifier: generator.next() % 2 == 0 ? nil : text())
                }
                annotations.append(annotation)
            }
            let sidecar = Sidecar(article: text(), annotations: annotations)
            var expected = try encoder.encode(EncodableSidecar(article: sidecar.article, annotations: sidecar.annotations))
            expected.append(0x0A)
            let written = try SidecarCodec.encode(sidecar)
            let firstDifference = Array(zip(written, expected)).firstIndex { $0 != $1 } ?? min(written.count, expected.count)
            #expect(written == expected, "round \(round): differs at \(firstDifference): \(String(decoding: written.prefix(firstDifference + 40).suffix(120), as: UTF8.self)) | \(String(decoding: expected.prefix(firstDifference + 40).suffix(120), as: UTF8.self))")
            if written != expected { break }
            #expect(try SidecarCodec.decode(written, path: "s") == sidecar)
        }
    }
}
