import Annotations
import CorpusIndex
import Foundation

/// `reader benchmark --corpus FOLDER`: the corpus index's figures on a folder of articles (made,
/// say, by scripts/generate-corpus.py): a cold index, a warm start with nothing changed (the work
/// of `reader list`), a refresh with one file to analyse again, a two-word search and an entity's
/// articles. Wall-clock times (what a user waits) and process CPU time; the corpus files are only
/// read, never changed. The index is a temporary file unless `--index` names one to keep.
struct CorpusBenchmark {
    let folder: String
    let indexFile: String?
    let query: String
    let entity: String?

    func run() throws {
        let temporary = NSTemporaryDirectory() + "reader-benchmark-\(UUID().uuidString)"
        let file = indexFile ?? temporary + "/index.sqlite"
        defer { if indexFile == nil { try? FileManager.default.removeItem(atPath: temporary) } }

        var started = Self.now()
        let scan = CorpusScanner.scan(paths: [folder])
        let bytes = scan.files.reduce(0) { $0 + $1.size }
        report("scan", started, "\(scan.files.count) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")

        started = Self.now()
        let index = CorpusIndex.open(file: file) { printError("reader: \($0)") }
        var listReady: (wall: Double, cpu: Double)?
        let cold = try index.refresh(scan) { progress in
            if progress.stage == .searchText, listReady == nil {
                listReady = (Self.since(started), Self.cpuSeconds() - started.cpu)
            }
        }
        if let listReady {
            print("\("index: list ready".padding(toLength: 20, withPad: " ", startingAt: 0)) \(Self.format(listReady.wall)) wall  "
                  + "\(Self.format(listReady.cpu)) CPU  the articles, entities and claims stored; search follows")
        }
        report("index (cold)", started, "\(cold.analyzed) analysed, \(cold.unchanged) already current"
               + (cold.analyzed > 0 ? ", \(String(format: "%.1f", Double(cold.bytesRead) / 1e6 / Self.since(started))) MB/s" : "")
               + (cold.searchTexts > 0 ? "; then \(cold.searchTexts) texts for search" : ""))

        started = Self.now()
        let warmScan = CorpusScanner.scan(paths: [folder])
        let reopened = CorpusIndex.open(file: file) { printError("reader: \($0)") }
        let current = try reopened.currentRows(for: warmScan)
        report("warm start (list)", started, current == nil ? "index NOT current" : "\(current!.count) rows, nothing read")

        if let target = scan.files.randomElement() {
            try reopened.invalidate(absolutePath: target.absolutePath)
            started = Self.now()
            let summary = try reopened.refresh(CorpusScanner.scan(paths: [folder]))
            report("refresh, 1 changed", started, "\(summary.analyzed) analysed (scan included)")
        }

        _ = try reopened.search(query, limit: 20)
        started = Self.now()
        let hits = try CorpusIndex.open(file: file) { _ in }.search(query, limit: 20)
        report("search", started, "\(query.debugDescription): \(hits.count) hits (open included)")

        if let name = try entity ?? reopened.mostMentionedEntity() {
            started = Self.now()
            let articles = try reopened.articles(mentioning: name)
            report("entity → articles", started, "\(name.debugDescription): \(articles.count) articles")
        }
        print("peak memory (VmHWM): \(BenchmarkCommand.peakMemory() ?? "unknown")")
    }

    func report(_ name: String, _ started: (wall: Double, cpu: Double), _ detail: String) {
        let wall = Self.since(started)
        let cpu = Self.cpuSeconds() - started.cpu
        print("\(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(Self.format(wall)) wall  "
              + "\(Self.format(cpu)) CPU  \(TerminalText.visible(detail))")
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%7.1f ms", seconds * 1000) : String(format: "%7.2f s ", seconds)
    }

    static func now() -> (wall: Double, cpu: Double) {
        (Date().timeIntervalSince1970, cpuSeconds())
    }

    static func since(_ started: (wall: Double, cpu: Double)) -> Double {
        Date().timeIntervalSince1970 - started.wall
    }

    /// CPU time of the whole process (every thread), in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
