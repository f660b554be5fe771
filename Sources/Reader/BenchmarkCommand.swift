import ArgumentParser
import Annotations
import Foundation

/// `reader benchmark`: the recogniser's throughput on a large corpus made by repeating the articles,
/// for claims, entities and both together, and the process's peak memory. Each article is analysed
/// on its own, as the reader does; `--one-text` times the whole corpus as a single text instead
/// (a stress case: one 50 MB "article" with document-wide name linking).
///
/// Run it built for release: `swift run -c release reader benchmark`.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Measure the recogniser's speed (MB/s) and peak memory on a repeated corpus.")

    @Argument(help: """
        Article files or folders to repeat (default: the real news in the repository, that is seeds/ and \
        the Wikinews and public-domain texts of eval/, wn_* and pd_*; the synthetic eval texts are far \
        denser in numbers and names than news).
        """)
    var paths: [String] = []

    @Option(help: "Size of the corpus to build, in megabytes.")
    var megabytes = 50

    @Option(help: "How many times to time each recogniser; the best run is reported.")
    var runs = 3

    @Option(help: "Items in the feed the feed measure reads.")
    var feedItems = 10_000

    @Flag(help: "Analyse the whole corpus as one text instead of article by article.")
    var oneText = false

    @Option(help: "Time only this measurement (claims, entities, both, html or feed), e.g. to profile one of them under callgrind; ledger times the claim ledger instead.")
    var only: String?

    @Option(help: "With --only ledger, how many articles' claims to group.")
    var articles = 100_000

    @Option(help: "Measure the corpus index on this folder of articles instead (see scripts/generate-corpus.py); with --first-screen, repeat it for several folders.")
    var corpus: [String] = []

    /// With --corpus: the index is kept in this file (reused when current) instead of a temporary one.
    @OptionGroup var indexOptions: IndexOptions

    @Option(help: "With --corpus: the search to time (default: \"Aleppo civilians\").")
    var query: String?

    @Option(help: "With --corpus: the entity (canonical name) whose articles to look up (default: the most mentioned).")
    var entity: String?

    @Flag(help: "With --corpus: time the reader's first screen from the index and a key to its frame instead.")
    var firstScreen = false

    static let measureNames = ["claims", "entities", "both", "html", "feed", "ledger"]

    func validate() throws {
        guard (1...10_000).contains(megabytes) else { throw ValidationError("--megabytes takes 1 to 10000") }
        guard (1...1_000).contains(runs) else { throw ValidationError("--runs takes 1 to 1000") }
        guard (1...10_000_000).contains(articles) else { throw ValidationError("--articles takes 1 to 10000000") }
        if let only, !Self.measureNames.contains(only) { throw ValidationError("--only takes claims, entities, both, html, feed or ledger") }
        if corpus.count > 1, !firstScreen {
            throw ValidationError("--corpus is given once, except with --first-screen (several folders, as `reader DIR1 DIR2`)")
        }
        if corpus.isEmpty {
            let corpusOnly = [("--index", indexOptions.file), ("--query", query), ("--entity", entity)].filter { $0.1 != nil }.map(\.0)
            if !corpusOnly.isEmpty {
                throw ValidationError("\(corpusOnly.joined(separator: ", ")) only go\(corpusOnly.count == 1 ? "es" : "") with --corpus FOLDER (the corpus index benchmark)")
            }
        }
    }

    func run() throws {
        if !corpus.isEmpty, firstScreen {
            return try FirstScreenBenchmark(folders: corpus, indexFile: indexOptions.file).run()
        }
        if let folder = corpus.first, only == "ledger" {
            return try LedgerIndexBenchmark(folder: folder, indexFile: indexOptions.file, runs: runs).run()
        }
        if let folder = corpus.first {
            return try CorpusBenchmark(folder: folder, indexFile: indexOptions.file, query: query ?? "Aleppo civilians", entity: entity).run()
        }
        if only == "ledger" { return try LedgerBenchmark(paths: paths.isEmpty ? ["seeds"] : paths, articles: articles, runs: runs).run() }
        let existing = (paths.isEmpty ? Self.realNews() : paths).filter { FileManager.default.fileExists(atPath: $0) }
        let corpus = ArticleLoader.load(paths: existing)
        guard !corpus.articles.isEmpty else {
            printError("reader: no articles to benchmark in \(paths.joined(separator: ", "))")
            throw ExitCode(1)
        }
        let texts = oneText ? [Self.repeatedCorpus(corpus.articles.map(\.text), megabytes: megabytes)]
            : Self.repeatedArticles(corpus.articles.map(\.text), megabytes: megabytes)
        let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
        print("corpus: \(corpus.articles.count) articles repeated to \(String(format: "%.1f", bytes / 1e6)) MB, "
              + (oneText ? "as one text" : "\(texts.count) texts analysed one by one"))

        let claimRecognizer = ClaimRecognizer()
        let entityRecognizer = EntityRecognizer()
        let recognizer = Recognizer()
        var counts = (claims: 0, entities: 0)
        // Build the lexicons before timing, so that even a single run measures recognition alone.
        _ = recognizer.analyze(corpus.articles[0].text)
        let measures = only.map { [$0] } ?? Self.measureNames
        var results: [(String, Double, String)] = []
        if measures.contains("claims") {
            let seconds = Self.bestTime(runs: runs) {
                counts.claims = texts.reduce(0) { $0 + claimRecognizer.claims(in: $1).count }
            }
            results.append(("claims", seconds, "\(counts.claims) claims"))
        }
        if measures.contains("entities") {
            let seconds = Self.bestTime(runs: runs) {
                counts.entities = texts.reduce(0) { $0 + entityRecognizer.entities(in: $1).count }
            }
            results.append(("entities", seconds, "\(counts.entities) entities"))
        }
        if measures.contains("both") {
            results.append(("both", Self.bestTime(runs: runs) { for text in texts { _ = recognizer.analyze(text) } }, ""))
        }

        for (name, seconds, found) in results {
            let rate = bytes / 1e6 / seconds
            print("\(name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", rate)) MB/s per core  "
                + "(\(String(format: "%.3f", seconds)) s CPU) \(found)")
        }
        if measures.contains("html") {
            // The articles inside news-shaped pages: decode, parse, extract (HTMLReader, as `reader` opens a page).
            let pages = BenchmarkPages.pages(corpus.articles.map(\.text), megabytes: megabytes)
            let pageBytes = Double(pages.reduce(0) { $0 + $1.count })
            var words = 0
            let seconds = Self.bestTime(runs: runs) {
                words = pages.reduce(0) { $0 + (HTMLReader.read($1, path: "page.html").articles.first?.wordCount ?? 0) }
            }
            print("html      \(String(format: "%8.1f", pageBytes / 1e6 / seconds)) MB/s per core  "
                + "(\(String(format: "%.3f", seconds)) s CPU) \(pages.count) pages, \(String(format: "%.1f", pageBytes / 1e6)) MB of HTML, \(words) words kept")
        }
        if measures.contains("feed") {
            let feed = BenchmarkPages.feed(corpus.articles.map(\.text), items: max(1, feedItems))
            var items = 0
            let seconds = Self.bestTime(runs: runs) { items = FeedReader.read(feed, path: "feed.rss").articles.count }
            print("feed      \(String(format: "%8.3f", seconds)) s CPU for \(items) items "
                + "(\(String(format: "%.1f", Double(feed.count) / 1e6)) MB RSS, \(String(format: "%.0f", Double(items) / seconds)) items/s)")
        }

        print("peak memory (VmHWM): \(Self.peakMemory() ?? "unknown")")
    }

    /// seeds/ and the real (Wikinews, public-domain) texts of the labelled sets under eval/.
    static func realNews() -> [String] {
        let manager = FileManager.default
        let sets = (try? manager.contentsOfDirectory(atPath: "eval")) ?? []
        let real = sets.sorted().flatMap { set -> [String] in
            let folder = "eval/\(set)/texts"
            let names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
            return names.sorted().filter { ($0.hasPrefix("wn_") || $0.hasPrefix("pd_")) && $0.hasSuffix(".txt") }
                .map { folder + "/" + $0 }
        }
        return ["seeds"] + real
    }

    /// The texts repeated, in order, until together they reach `megabytes`.
    static func repeatedArticles(_ texts: [String], megabytes: Int) -> [String] {
        let target = max(1, megabytes) * 1_000_000
        var result: [String] = []
        var total = 0
        while total < target {
            for text in texts where total < target {
                result.append(text)
                total += text.utf8.count
            }
        }
        return result
    }

    /// The texts joined by blank lines and repeated until the corpus reaches `megabytes`.
    static func repeatedCorpus(_ texts: [String], megabytes: Int) -> String {
        let unit = texts.joined(separator: "\n\n") + "\n\n"
        let target = max(1, megabytes) * 1_000_000
        let copies = max(1, (target + unit.utf8.count - 1) / unit.utf8.count)
        return String(repeating: unit, count: copies)
    }

    /// The shortest CPU time of this thread over `runs` runs of `body`, in seconds: speed per core,
    /// unaffected by other processes sharing the machine (wall-clock time is not).
    static func bestTime(runs: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, runs) {
            let start = threadCPUSeconds()
            body()
            best = min(best, threadCPUSeconds() - start)
        }
        return max(best, 1e-9)
    }

    /// CPU time this thread has used, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// VmHWM from /proc/self/status: the most resident memory the process has used.
    static func peakMemory() -> String? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.map { $0.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces) }
    }
}
