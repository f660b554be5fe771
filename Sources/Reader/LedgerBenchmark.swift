import Annotations
import ArgumentParser
import Foundation

/// `reader benchmark --only ledger`: builds the claim ledger (sentences, attributions, features,
/// groups) of a large synthetic corpus made from the real analyses of the given articles, from
/// cold (nothing read before the clock starts but the analyses).
///
/// Each copy of an article keeps its text and claims but names its places "Aleppo 17", "Syria 17"…
/// (one of `placeVariants` sets) and gets a date among `dayVariants` days, so that the corpus has
/// many stories about many places and times, as a real archive would, not one giant group.
struct LedgerBenchmark {
    static let placeVariants = 2_000
    static let dayVariants = 3_650

    var paths: [String]
    var articles: Int
    var runs: Int

    func run() throws {
        let corpus = ArticleLoader.load(paths: paths)
        guard !corpus.articles.isEmpty else {
            printError("reader: no articles to build a ledger from in \(paths.joined(separator: ", "))")
            throw ExitCode(1)
        }
        let recognizer = Recognizer()
        let analysed = corpus.articles.map { ($0, recognizer.analyze($0.text)) }
        var synthetic: [LedgerArticle] = []
        synthetic.reserveCapacity(articles)
        for copy in 0..<max(1, articles) {
            let (article, analysis) = analysed[copy % analysed.count]
            let variant = (copy / analysed.count) % Self.placeVariants
            var renamed = analysis
            renamed.entities = analysis.entities.map { entity in
                var changed = entity
                if entity.type == .place { changed.canonical = "\(entity.canonical) \(variant)" }
                return changed
            }
            let day = (copy * 7919) % Self.dayVariants
            synthetic.append(LedgerArticle(path: "synthetic/\(copy)/\(article.fileName)", title: article.title,
                                           text: article.scalars, analysis: renamed, published: Self.date(day)))
        }
        let claimCount = synthetic.reduce(0) { $0 + $1.analysis.claims.count }
        print("ledger corpus: \(synthetic.count) articles made from \(analysed.count), \(claimCount) claims")
        var best = (wall: Double.infinity, cpu: Double.infinity)
        var groups = 0
        var shared = 0
        for _ in 0..<max(1, runs) {
            let wallStart = Date()
            let cpuStart = Self.processCPUSeconds()
            let ledger = ClaimLedger(articles: synthetic)
            let cpu = Self.processCPUSeconds() - cpuStart
            let wall = Date().timeIntervalSince(wallStart)
            groups = ledger.groups.count
            shared = ledger.sharedGroups.count
            best = (min(best.wall, wall), min(best.cpu, cpu))
        }
        print(String(format: "ledger    %.2f s wall, %.2f s CPU over all threads (best of %d) for %d articles: %d groups, %d with more than one claim",
                     best.wall, best.cpu, max(1, runs), synthetic.count, groups, shared))
        try measureOneChanged(synthetic)
        print("load average \(LedgerIndexBenchmark.loadAverage()) (1, 5, 15 minutes; the machine may be shared)")
        print("peak memory (VmHWM): \(BenchmarkCommand.peakMemory() ?? "unknown")")
    }

    /// The incremental case: the ledger kept with its buckets' groupings (as the corpus index keeps
    /// them), one article changes (its date moves by a month), and only its claims are read again
    /// and only the buckets its old and new claims fall in are split again.
    func measureOneChanged(_ synthetic: [LedgerArticle]) throws {
        let perArticle = LedgerArticle.ledgerClaims(of: synthetic)
        var stamps: [UInt64] = []
        var claims: [LedgerClaim] = []
        for (index, articleClaims) in perArticle.enumerated() {
            claims.append(contentsOf: articleClaims)
            stamps.append(contentsOf: repeatElement(ClaimBucketGrouping.stamp(article: Int64(index), version: 0), count: articleClaims.count))
        }
        let kept = ClaimLedger(claims: claims, stamps: stamps, reusing: [:])
        let changed = synthetic.count / 2
        var article = synthetic[changed]
        article.published = Self.date((changed * 7919 + 30) % Self.dayVariants)
        let wallStart = Date()
        let cpuStart = Self.processCPUSeconds()
        let start = perArticle[..<changed].reduce(0) { $0 + $1.count }
        let reread = article.ledgerClaims()
        claims.replaceSubrange(start..<(start + perArticle[changed].count), with: reread)
        stamps.replaceSubrange(start..<(start + perArticle[changed].count),
                               with: repeatElement(ClaimBucketGrouping.stamp(article: Int64(changed), version: 1), count: reread.count))
        let ledger = ClaimLedger(claims: claims, stamps: stamps, reusing: kept.bucketGroupings)
        let cpu = Self.processCPUSeconds() - cpuStart
        let wall = Date().timeIntervalSince(wallStart)
        print(String(format: "ledger, 1 article changed    %.2f s wall, %.2f s CPU: %d of %d buckets split again, %d groups",
                     wall, cpu, ledger.regroupedBuckets.count, ledger.bucketGroupings.count, ledger.groups.count))
    }

    /// CPU time of the whole process (every thread), in seconds: reading articles runs in parallel.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// "YYYY-MM-DD" of `day` days after 2010-01-01 (days of 30-day months are enough for spacing).
    static func date(_ day: Int) -> String {
        let year = 2010 + day / 360
        let month = (day % 360) / 30 + 1
        let dayOfMonth = day % 30 + 1
        return String(format: "%04d-%02d-%02d", year, month, dayOfMonth)
    }
}
