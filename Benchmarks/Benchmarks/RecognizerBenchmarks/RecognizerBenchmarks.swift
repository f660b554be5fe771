import Annotations
import Benchmark
import Foundation

/// The seed articles (and the dev set, when present) repeated to one megabyte: every iteration reads
/// one megabyte, so the throughput metric (iterations per second) reads directly as MB/s.
private let megabyteCorpus: String = {
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    let paths = [root.appendingPathComponent("seeds").path, root.appendingPathComponent("eval/dev/texts").path]
        .filter { FileManager.default.fileExists(atPath: $0) }
    let texts = ArticleLoader.load(paths: paths).articles.map(\.text)
    precondition(!texts.isEmpty, "no articles found under \(root.path)")
    let unit = texts.joined(separator: "\n\n") + "\n\n"
    var corpus = String(repeating: unit, count: max(1, 1_000_000 / unit.utf8.count))
    corpus += String(unit.utf8.prefix(1_000_000 - corpus.utf8.count)) ?? ""
    return corpus
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .instructions, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 200
    )
    let text = megabyteCorpus

    Benchmark("Claims, 1 MB per iteration") { benchmark in
        let recognizer = ClaimRecognizer()
        for _ in benchmark.scaledIterations { blackHole(recognizer.claims(in: text)) }
    }

    Benchmark("Entities, 1 MB per iteration") { benchmark in
        let recognizer = EntityRecognizer()
        for _ in benchmark.scaledIterations { blackHole(recognizer.entities(in: text)) }
    }

    Benchmark("Entities and claims, 1 MB per iteration") { benchmark in
        let recognizer = Recognizer()
        for _ in benchmark.scaledIterations { blackHole(recognizer.analyze(text)) }
    }
}
