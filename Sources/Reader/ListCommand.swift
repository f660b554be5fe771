import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader list [PATH...] [--json]`: one row per article, with how many of its claims were judged
/// disputed or false in its sidecar.
///
/// When the corpus index holds every file with its current size and time, and every file is plain
/// text or Markdown (one article each, no metadata), the rows come from it and only the articles
/// that have a sidecar are read, for their verdicts; otherwise every file is read.
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
        let (rows, problems) = try indexedRows(verdicts: verdicts, store: annotationStore) ?? readRows(verdicts: verdicts)
        for problem in problems { printError("reader: \(problem)") }
        if json {
            print(try PrintedJSON.encode(rows))
        } else {
            var output = ""
            output.reserveCapacity(rows.count * 80)
            for row in rows {
                let extra = [row.source, row.date].compactMap { $0 }.joined(separator: ", ")
                let fields = [row.displayPath, row.title, "\(row.words)"] + (extra.isEmpty ? [] : [extra])
                    + ["\(row.disputed) disputed", "\(row.false) false"]
                output += fields.map(TerminalText.visible).joined(separator: "\t") + "\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if rows.isEmpty || !problems.isEmpty || sidecarFailed { throw ExitCode(1) }
    }

    /// The rows from the index, if it is current for every file and every file is one plain article; nil otherwise.
    func indexedRows(verdicts: (Article) -> [VerdictStatus: Int], store: AnnotationStore) throws -> ([ListRow], [LoadProblem])? {
        guard source.fields == nil, source.encoding == nil, !paths.contains("-"),
              IndexedCorpus.exists(paths: paths, options: indexOptions) else { return nil }
        let scan = CorpusScanner.scan(paths: paths)
        guard scan.files.allSatisfy({ [.text, .markdown].contains(SourceFormat.forPath($0.path) ?? .text) }) else { return nil }
        let corpus = IndexedCorpus(paths: paths, options: indexOptions)
        guard let indexed = try? corpus.index.isCurrent(for: scan) else { return nil }
        var rows: [ListRow] = []
        var problems = scan.problems
        rows.reserveCapacity(scan.files.count)
        var seen = Set<String>()
        for file in scan.files where seen.insert(file.absolutePath).inserted {
            guard let row = indexed[file.absolutePath] else { return nil }
            if let problem = row.problem {
                problems.append(LoadProblem(path: file.path, message: problem))
                continue
            }
            var counts: [VerdictStatus: Int] = [:]
            // Only an article with a sidecar can have verdicts: read just those.
            if FileManager.default.fileExists(atPath: store.sidecarPath(for: file.path)),
               case .success(let article) = ArticleLoader.loadFile(file.path) {
                counts = verdicts(article)
            }
            rows.append(ListRow(file: file.path, title: row.title, words: row.words, verdicts: counts))
        }
        return (rows, problems)
    }

    /// The rows from the articles themselves, every file read.
    func readRows(verdicts: (Article) -> [VerdictStatus: Int]) throws -> ([ListRow], [LoadProblem]) {
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

    /// A plain article's row, as the index knows it: no item, no metadata.
    init(file: String, title: String, words: Int, verdicts: [VerdictStatus: Int]) {
        self.file = file
        self.title = title
        self.words = words
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
