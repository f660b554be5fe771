import ArgumentParser
import Annotations
import Foundation

/// `reader list [PATH...] [--json]`: one row per article, with how many of its claims were judged
/// disputed or false in its sidecar.
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

    func run() throws {
        let corpus = try source.load(paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        let annotationStore = AnnotationStore(storeFolder: store)
        var sidecarFailed = false
        let counts = corpus.articles.map { article -> [VerdictStatus: Int] in
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
        if json {
            print(try PrintedJSON.encode(zip(corpus.articles, counts).map(ListRow.init)))
        } else {
            for (article, count) in zip(corpus.articles, counts) {
                let extra = [article.metadata.source, article.metadata.date].compactMap { $0 }.joined(separator: ", ")
                let fields = [article.displayPath, article.title, "\(article.wordCount)"] + (extra.isEmpty ? [] : [extra])
                    + ["\(count[.disputed] ?? 0) disputed", "\(count[.false] ?? 0) false"]
                print(fields.map(TerminalText.visible).joined(separator: "\t"))
            }
        }
        if corpus.articles.isEmpty || !corpus.problems.isEmpty || sidecarFailed { throw ExitCode(1) }
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
