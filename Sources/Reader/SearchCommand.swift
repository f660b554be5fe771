import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader search QUERY [PATH...] [--json] [--limit N]`: full-text search through the corpus index.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the articles' text, best matches first: file:line:column: the line.",
        discussion: """
            QUERY is SQLite FTS5 syntax: words (all must appear), "a phrase", OR, NOT, AND, prefix* and \
            ( ). The first search builds the index; later ones answer from it, re-reading only \
            the matched files that changed (run `reader index` to take in new files). When the \
            index's texts for search are not all in yet (another `reader index` is putting them in, \
            or one was stopped), the search puts them in first.
            """)

    @Argument(help: "What to look for.")
    var query: String

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print a JSON array instead of lines.")
    var json = false

    @Option(help: "At most this many articles.")
    var limit = 20

    @OptionGroup var indexOptions: IndexOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let existed = IndexedCorpus.exists(paths: paths, options: indexOptions)
        var corpus = IndexedCorpus(paths: paths, options: indexOptions)
        if !existed || corpus.index.file == nil {
            try refresh(&corpus)
        } else if !(try corpus.index.searchCoverage().isComplete) {
            let bar = ProgressBar(noun: "texts for search")
            try corpus.index.fillSearchText { bar.update(done: $0.done, total: $0.total) }
            bar.finish()
        }
        var hits = try results(corpus)
        if hits.contains(where: { !Self.isCurrent($0, in: corpus.index) }) {
            try refresh(&corpus)
            hits = try results(corpus)
        }
        if json {
            let rows = hits.map {
                SearchRow(file: corpus.shownPath($0.absolutePath), item: $0.item, line: $0.line, column: $0.column,
                          title: $0.title, snippet: $0.snippet)
            }
            print(try PrintedJSON.encode(rows))
        } else {
            for hit in hits {
                let shown = corpus.shownPath(hit.absolutePath) + (hit.item.map { "#" + $0 } ?? "")
                print("\(TerminalText.visible(shown)):\(hit.line):\(hit.column): "
                      + TerminalText.visible(hit.snippet))
            }
            if hits.isEmpty { printError("reader: no article matches \(query.debugDescription)") }
        }
        // Never a partial answer without saying so: texts whose files changed while they were indexed wait for the next refresh.
        let coverage = try corpus.index.searchCoverage()
        if !coverage.isComplete {
            printError("reader: searched \(coverage.shortDescription); the others changed since they were indexed (`reader index` reads them again)")
        }
    }

    func results(_ corpus: IndexedCorpus) throws -> [SearchHit] {
        do {
            return try corpus.index.search(query, limit: limit)
        } catch let error as SearchQueryError {
            printError("reader: \(TerminalText.visible(error.description))")
            throw ExitCode(2)
        }
    }

    func refresh(_ corpus: inout IndexedCorpus) throws {
        let scan = CorpusScanner.scan(paths: paths)
        for problem in scan.problems { printError("reader: \(problem)") }
        let bar = ProgressBar(noun: "files indexed")
        let searchBar = ProgressBar(noun: "texts for search")
        try corpus.refresh(scan) { progress in
            switch progress.stage {
            case .articles: bar.update(done: progress.done, total: progress.total)
            case .searchText:
                bar.finish()
                searchBar.update(done: progress.done, total: progress.total)
            }
        }
        bar.finish()
        searchBar.finish()
    }

    /// Whether a hit's file is still what the index holds (else its line and column may be stale).
    static func isCurrent(_ hit: SearchHit, in index: CorpusIndex) -> Bool {
        var info = stat()
        guard stat(hit.absolutePath, &info) == 0, let row = try? index.article(absolutePath: hit.absolutePath) else {
            return false
        }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return row.size == Int64(info.st_size) && row.modified == modified
    }
}

/// One row of `reader search --json`.
struct SearchRow: Codable {
    var file: String
    /// The item's id, for an item of a feed or JSON Lines file.
    var item: String?
    var line: Int
    var column: Int
    var title: String
    var snippet: String
}
