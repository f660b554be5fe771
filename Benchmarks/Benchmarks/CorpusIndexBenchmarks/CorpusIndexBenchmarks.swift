import Annotations
import Benchmark
import CorpusIndex
import Foundation

/// A small generated corpus for the index cases: `count` articles of the seed articles' paragraphs
/// (as scripts/generate-corpus.py makes them, smaller), a hundred a folder, in a temporary folder.
private func generatedCorpus(count: Int) -> String {
    var root = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { root.deleteLastPathComponent() }
    let articles = ArticleLoader.load(paths: [root.appendingPathComponent("seeds").path]).articles
    precondition(!articles.isEmpty, "no seed articles under \(root.path)")
    let paragraphs = articles.flatMap { $0.text.components(separatedBy: "\n\n").dropFirst() }.filter { !$0.isEmpty }
    let titles = articles.map(\.title)
    // One fixed folder, made afresh at every run: the benchmark process has no hook at its very end
    // to remove it, so at most one copy is ever left behind.
    let folder = NSTemporaryDirectory() + "reader-index-benchmark"
    try? FileManager.default.removeItem(atPath: folder)
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: folder + "-warm.sqlite" + suffix) }
    var state: UInt64 = 12
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    for number in 0..<count {
        let subfolder = folder + "/\(number / 100)"
        try? FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
        let body = (0..<(4 + next(8))).map { _ in paragraphs[next(paragraphs.count)] }
        let text = titles[next(titles.count)] + "\n\n" + body.joined(separator: "\n\n") + "\n"
        FileManager.default.createFile(atPath: subfolder + "/\(number).txt", contents: Data(text.utf8))
    }
    return folder
}

/// The corpus index on 1,000 generated articles: a cold index, a warm start (scan and compare, the
/// work of `reader list`), a refresh with one file to analyse again, a two-word search, an entity's
/// articles. The corpus and indexes live in the temporary folder (the cold runs' indexes are removed
/// as they go; the corpus and the warm index stay until the next run replaces them).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 100
    )
    let corpus = generatedCorpus(count: 1_000)
    let warmFile = corpus + "-warm.sqlite"
    let warm = CorpusIndex.open(file: warmFile) { print("reader: \($0)") }
    // Backdated, so that the index stores the files' times (a file newer than three seconds is
    // compared by hash at every refresh).
    let old = Date(timeIntervalSinceNow: -3600)
    for file in CorpusScanner.scan(paths: [corpus]).files {
        try? FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.absolutePath)
    }
    let scan = CorpusScanner.scan(paths: [corpus])
    _ = try? warm.refresh(scan)
    let entity = (try? warm.mostMentionedEntity()) ?? "Aleppo"

    Benchmark("Index, cold, 1,000 articles", configuration: .init(maxIterations: 5)) { benchmark in
        for iteration in benchmark.scaledIterations {
            let file = corpus + "-cold-\(iteration).sqlite"
            benchmark.startMeasurement()
            let index = CorpusIndex.open(file: file) { print("reader: \($0)") }
            blackHole(try index.refresh(CorpusScanner.scan(paths: [corpus])))
            benchmark.stopMeasurement()
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) }
        }
    }

    Benchmark("Warm start (list), 1,000 articles") { benchmark in
        for _ in benchmark.scaledIterations {
            let index = CorpusIndex.open(file: warmFile) { print("reader: \($0)") }
            blackHole(try index.currentRows(for: CorpusScanner.scan(paths: [corpus])))
        }
    }

    // The file to read again is marked before each measured refresh, outside the measurement.
    let target = scan.files[scan.files.count / 2].absolutePath
    try? warm.invalidate(absolutePath: target)
    Benchmark("Refresh, one file changed, 1,000 articles") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try warm.refresh(CorpusScanner.scan(paths: [corpus])))
            benchmark.stopMeasurement()
            try warm.invalidate(absolutePath: target)
        }
    }

    Benchmark("Search, two words") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try warm.search("Aleppo civilians", limit: 20)) }
    }

    Benchmark("Entity's articles (a)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try warm.articles(mentioning: entity)) }
    }
}
