import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader list [PATH...] [--json]`: one row per article, with how many of its claims were judged
/// disputed or false in its sidecar.
///
/// When the corpus index holds every file with its current size and time, the rows come from it
/// (a feed's items each with its metadata, as reading the file gives them) and only the files that
/// have a sidecar are read, for their verdicts; otherwise every file is read.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the articles: file, title, word count, and claims judged disputed or false.")

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var source: SourceOptions

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let annotationStore = AnnotationStore(storeFolder: store)
        var sidecarFailed = false
        /// How many of one article's claims each verdict has; a sidecar that cannot be read is said.
        func verdicts(of article: Article) -> [VerdictStatus: Int] {
            do {
                var verdicts = LedgerVerdicts()
                verdicts.add(Anchoring.anchor(try annotationStore.load(for: article), in: article), articlePath: article.path)
                return verdicts.counts(inArticle: article.path)
            } catch {
                printError("reader: \(error)")
                sidecarFailed = true
                return [:]
            }
        }
        // The table is written a block at a time as rows come (a 100,000-row list is never held
        // whole); JSON is one array, so its rows are kept.
        var jsonRows: [ListRow] = []
        var output = ""
        output.reserveCapacity(1 << 17)
        var count = 0
        func take(_ row: ListRow) {
            count += 1
            if json {
                jsonRows.append(row)
                return
            }
            Self.appendTableLine(row, to: &output)
            if output.utf8.count >= 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output.removeAll(keepingCapacity: true)
            }
        }
        func report(_ problems: [LoadProblem]) {
            for problem in problems { printError("reader: \(problem)") }
        }
        var problems = try indexedRows(verdicts: verdicts, store: annotationStore, report: report, each: take)
        if problems == nil {
            let read = try readRows(verdicts: verdicts)
            report(read.problems)
            read.rows.forEach(take)
            problems = read.problems
        }
        if json {
            print(try PrintedJSON.encode(jsonRows))
        } else {
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if count == 0 || !(problems ?? []).isEmpty || sidecarFailed { throw ExitCode(1) }
    }

    /// One row of the table: tab-separated fields, every control character made visible.
    static func appendTableLine(_ row: ListRow, to output: inout String) {
        output += TerminalText.visible(row.displayPath)
        output += "\t"
        output += TerminalText.visible(row.title)
        output += "\t\(row.words)\t"
        let extra = [row.source, row.date].compactMap { $0 }.joined(separator: ", ")
        if !extra.isEmpty {
            output += TerminalText.visible(extra)
            output += "\t"
        }
        output += "\(row.disputed) disputed\t\(row.false) false\n"
    }

    /// The rows from the index, given to `each` in order, if the index is current for every file
    /// (a feed or JSON Lines file gives a row per item, with its metadata); then the problems (said
    /// through `report` before any row); nil, having given nothing, otherwise.
    func indexedRows(verdicts: (Article) -> [VerdictStatus: Int], store: AnnotationStore,
                     report: ([LoadProblem]) -> Void, each: (ListRow) -> Void) throws -> [LoadProblem]? {
        guard source.fields == nil, source.encoding == nil, !paths.contains("-"),
              IndexedCorpus.exists(paths: paths, options: indexOptions) else { return nil }
        let scan = CorpusScanner.scan(paths: paths)
        let corpus = IndexedCorpus(paths: paths, options: indexOptions)
        guard let indexed = try? corpus.index.currentRows(for: scan) else { return nil }
        let files = IndexedFileRows.group(indexed, of: scan)
        var problems = scan.problems
        for (file, rows) in files {
            for row in rows {
                if let problem = row.problem, problem != CorpusIndex.notAFeed {
                    problems.append(LoadProblem(path: file.path + (row.position < 0 ? row.item ?? "" : ""), message: problem))
                }
            }
        }
        report(problems)
        var sidecars = SidecarPresence(store: store)
        for (file, rows) in files {
            // Only an article with a sidecar can have verdicts: read just those files.
            var articles: [Article] = []
            if sidecars.hasSidecar(file.path) {
                articles = ArticleLoader.loadSource(file.path).articles
            }
            for row in rows where row.problem == nil {
                let article = articles.first { $0.itemID == row.item }
                each(ListRow(file: file.path, row: row, verdicts: article.map(verdicts) ?? [:]))
            }
        }
        return problems
    }

    /// The rows from the articles themselves, every file read.
    func readRows(verdicts: (Article) -> [VerdictStatus: Int]) throws -> (rows: [ListRow], problems: [LoadProblem]) {
        let corpus = try source.load(paths)
        return (corpus.articles.map { ListRow($0, verdicts: verdicts($0)) }, corpus.problems)
    }
}

/// One row of `reader list --json`: `file`, `title`, `words`, when the source gave them the
/// container `item` id and the article's `byline`, `date`, `source`, `url`, and the counts of claims
/// judged `disputed` and `false`.
struct ListRow: Codable {
    var file: String
    var title: String
    var words: Int
    var item: String?
    var byline: String?
    var date: String?
    var source: String?
    var url: String?

    /// Claims whose verdict is disputed, and false.
    var disputed: Int
    var `false`: Int

    /// An article's row as the index knows it: its item and metadata when its source gave them.
    init(file: String, row: IndexedArticle, verdicts: [VerdictStatus: Int]) {
        self.file = file
        title = row.title
        words = row.words
        item = row.item
        byline = row.byline
        date = row.date
        source = row.source
        url = row.url
        disputed = verdicts[.disputed] ?? 0
        `false` = verdicts[.false] ?? 0
    }

    /// What the table calls the article: `feed.rss#item-id` for an item of a container.
    var displayPath: String { item.map { file + "#" + $0 } ?? file }

    init(_ article: Article, verdicts: [VerdictStatus: Int]) {
        file = article.path
        title = article.title
        words = article.wordCount
        disputed = verdicts[.disputed] ?? 0
        `false` = verdicts[.false] ?? 0
        item = article.itemID
        byline = article.metadata.byline
        date = article.metadata.date
        source = article.metadata.source
        url = article.metadata.url
    }
}
