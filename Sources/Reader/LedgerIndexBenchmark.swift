import Annotations
import CorpusIndex
import Foundation

/// `reader benchmark --only ledger --corpus FOLDER [--index FILE]`: the claim ledger of a folder of
/// articles built from the corpus index. The index is brought up to date first (from nothing when
/// the file is new: that time is the index's, reported apart); then the ledger is built cold, from
/// the index's rows in a newly opened index, as `reader claims --group` does (grouped incrementally:
/// buckets whose claims are as when last grouped keep their stored groups); then after one file
/// is marked changed, the refresh that reads it again and the ledger built after it. Wall-clock and
/// process CPU time, and the load average, since the machine may be shared. The corpus files are
/// only read, never changed.
struct LedgerIndexBenchmark {
    let folder: String
    let indexFile: String?
    let runs: Int

    func run() throws {
        let temporary = NSTemporaryDirectory() + "reader-ledger-benchmark-\(UUID().uuidString)"
        let file = indexFile ?? temporary + "/index.sqlite"
        defer { if indexFile == nil { try? FileManager.default.removeItem(atPath: temporary) } }
        let benchmark = CorpusBenchmark(folder: folder, indexFile: file, query: "", entity: nil)

        var started = CorpusBenchmark.now()
        let scan = CorpusScanner.scan(paths: [folder])
        let index = CorpusIndex.open(file: file) { printError("reader: \($0)") }
        let summary = try index.refresh(scan)
        benchmark.report("index refresh", started, "\(scan.files.count) files, \(summary.analyzed) analysed, \(summary.unchanged) current")

        for _ in 0..<max(1, runs) {
            started = CorpusBenchmark.now()
            let reopened = CorpusIndex.open(file: file) { printError("reader: \($0)") }
            let read = try reopened.ledger(for: scan.files)
            let ledger = read.ledger
            benchmark.report("ledger (cold) total", started, "\(ledger.claims.count) claims, \(read.reread) articles read again, "
                             + "\(ledger.groups.count) groups, \(ledger.sharedGroups.count) with more than one claim, "
                             + "\(ledger.regroupedBuckets.count) of \(ledger.bucketGroupings.count) buckets split; load average \(Self.loadAverage())")
        }

        if let target = scan.files.randomElement() {
            try index.invalidate(absolutePath: target.absolutePath)
            started = CorpusBenchmark.now()
            let again = try index.refresh(CorpusScanner.scan(paths: [folder]))
            let read = try index.ledger(for: scan.files)
            let ledger = read.ledger
            benchmark.report("ledger, 1 changed", started, "\(again.analyzed) analysed, \(read.reread) read again, "
                             + "\(ledger.groups.count) groups, \(ledger.regroupedBuckets.count) of \(ledger.bucketGroupings.count) buckets split "
                             + "(scan, refresh, rows and grouping); load average \(Self.loadAverage())")
        }
        print("peak memory (VmHWM): \(BenchmarkCommand.peakMemory() ?? "unknown")")
    }

    /// The 1, 5 and 15 minute load averages.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
