import Annotations
import CorpusIndex
import Foundation
import ReaderApp

/// `reader benchmark --corpus FOLDER --first-screen`: the terminal reader's start on a corpus with
/// a current index, as `reader FOLDER` starts (index opened, its rows, app state, the first frame
/// drawn into a Frame: what the terminal is then sent), then the scan the reader runs behind it,
/// then the time from a key to its frame on that state: moving down the list, and typing into the
/// list filter (a full-text query on the index per key). The index is made first when its file
/// does not exist yet (timed apart; run again for a warm start in a fresh process, whose memory is
/// then the first screen's alone). Wall-clock and process CPU time; resident memory after the first frame.
/// The background worker is not started, so the key times are the app's and the index's alone.
struct FirstScreenBenchmark {
    /// The folders, as `reader FOLDER...` names them.
    let folders: [String]
    let indexFile: String?
    let size = Size(width: 120, height: 40)

    func run() throws {
        let temporary = NSTemporaryDirectory() + "reader-benchmark-\(UUID().uuidString)"
        let file = indexFile ?? temporary + "/index.sqlite"
        defer { if indexFile == nil { try? FileManager.default.removeItem(atPath: temporary) } }
        var options = IndexOptions()
        options.file = file
        if !FileManager.default.fileExists(atPath: file) {
            var started = CorpusBenchmark.now()
            var corpus = IndexedCorpus(paths: folders, options: options)
            let summary = try corpus.refresh(CorpusScanner.scan(paths: folders))
            report("index (made current)", started, "\(summary.analyzed) analysed, \(summary.unchanged) already current")
            started = CorpusBenchmark.now()
            _ = CorpusScanner.scan(paths: folders)
            report("scan alone", started, "the files' sizes and times")
        }

        let memoryBefore = Self.residentMemory()
        let started = CorpusBenchmark.now()
        var phase = started
        let link = ReaderIndexLink(paths: folders, options: options)
        report("  open index", phase, "")
        phase = CorpusBenchmark.now()
        guard let listing = ReaderStartup.indexedListing(link) else {
            printError("reader: the index cannot give the list of \(folders.joined(separator: " ")) (not plain articles, or not current)")
            return
        }
        report("  index rows", phase, "")
        phase = CorpusBenchmark.now()
        var startup = ReaderStartup.fromIndex(listing, link: link, storeFolder: nil, loadOptions: LoadOptions(),
                                              size: size, colorMode: .eight, config: ReaderConfig(),
                                              configProblem: nil, configFile: ConfigFile())
        report("  app state", phase, "")
        phase = CorpusBenchmark.now()
        let frame = startup.state.render()
        report("  first frame", phase, "")
        report("first screen", started, "\(startup.state.records.count) articles listed, "
               + "\(listing.current) from current rows, no article file read; \(frame.lines.count) rows drawn")
        print("resident memory after the first screen: \(Self.residentMemory() ?? "unknown") (before: \(memoryBefore ?? "unknown"))")

        // What the reader does behind the first screen: the files scanned and compared with the list.
        if !listing.folders.isEmpty {
            let scanStarted = CorpusBenchmark.now()
            let scan = link.scan
            let result = IndexedListing.changes(of: listing.folders, against: scan)
            let changes = result.changes
            report("scan (behind it)", scanStarted, "\(scan.files.count) files compared with the list: \(changes.added.count) added, "
                   + "\(changes.gone.count) gone, \(changes.changed.count) changed")
        }

        let countsStarted = CorpusBenchmark.now()
        let counts = try link.index.currentAnalysisCounts()
        report("counts (behind it)", countsStarted, "\(counts.count) articles' entity and claim counts, read after the first screen")

        let moves = keyTimes(&startup, keys: Array(repeating: .character("j"), count: 300))
        print("key → frame, j (down) ×300: median \(Self.milliseconds(moves.median)), p95 \(Self.milliseconds(moves.p95)), max \(Self.milliseconds(moves.max))")
        _ = keyTimes(&startup, keys: [.character("/")])
        var typed: (median: Double, p95: Double, max: Double, each: [Double]) = (0, 0, 0, [])
        for key in "aleppo civ".unicodeScalars {
            let time = keyTimes(&startup, keys: [.character(key)])
            typed.each.append(time.median)
        }
        let sortedTyped = typed.each.sorted()
        typed.median = sortedTyped[sortedTyped.count / 2]
        typed.p95 = sortedTyped[min(sortedTyped.count - 1, sortedTyped.count * 95 / 100)]
        typed.max = sortedTyped.last ?? 0
        print("  each key typed: " + typed.each.map { Self.milliseconds($0) }.joined(separator: ", "))
        print("key → frame, typing \"aleppo civ\" into the filter (an index query per key): median \(Self.milliseconds(typed.median)), "
              + "p95 \(Self.milliseconds(typed.p95)), max \(Self.milliseconds(typed.max)); \(startup.state.listOrder.count) shown")
        let filteredMoves = keyTimes(&startup, keys: Array(repeating: .down, count: 100))
        print("key → frame, ↓ in the filtered list ×100: median \(Self.milliseconds(filteredMoves.median))")
        print("peak memory (VmHWM): \(BenchmarkCommand.peakMemory() ?? "unknown")")
    }

    /// Each key as the loop handles it: update, the world's answer, the drafts check, the frame drawn.
    func keyTimes(_ startup: inout ReaderStartup, keys: [Key]) -> (median: Double, p95: Double, max: Double) {
        var times: [Double] = []
        let blocked = BlockedWait(keepWaiting: { _ in false })
        for key in keys {
            let start = Date().timeIntervalSince1970
            let drafts = startup.state.draftCount
            let command = startup.state.update(.key(key), environment: startup.world.environment())
            if command != .none, command != .quit {
                for answer in startup.world.perform(command, in: startup.state, blocked: blocked) {
                    _ = startup.state.update(answer, environment: startup.world.environment())
                }
            }
            if startup.state.draftCount != drafts { _ = startup.world.draftsChanged(in: startup.state) }
            for event in startup.world.takeBackgroundEvents() { _ = startup.state.update(event, environment: startup.world.environment()) }
            startup.world.prioritize(startup.state.analysisPriority)
            _ = startup.state.render()
            times.append(Date().timeIntervalSince1970 - start)
        }
        times.sort()
        guard !times.isEmpty else { return (0, 0, 0) }
        return (times[times.count / 2], times[min(times.count - 1, times.count * 95 / 100)], times[times.count - 1])
    }

    func report(_ name: String, _ started: (wall: Double, cpu: Double), _ detail: String) {
        CorpusBenchmark(folder: folders[0], indexFile: indexFile, query: "", entity: nil).report(name, started, detail)
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

    /// VmRSS from /proc/self/status: the resident memory now.
    static func residentMemory() -> String? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
        return line.map { $0.dropFirst("VmRSS:".count).trimmingCharacters(in: .whitespaces) }
    }
}
