import ArgumentParser
import Annotations
import Foundation

/// `reader list [PATH...] [--json]`: one row per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the articles: file, title and word count.")

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var source: SourceOptions

    func run() throws {
        let corpus = try source.load(paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        if json {
            let rows = corpus.articles.map(ListRow.init)
            print(try PrintedJSON.encode(rows))
        } else {
            for article in corpus.articles {
                let extra = [article.metadata.source, article.metadata.date].compactMap { $0 }.joined(separator: ", ")
                let fields = [article.displayPath, article.title, "\(article.wordCount)"] + (extra.isEmpty ? [] : [extra])
                print(fields.map(TerminalText.visible).joined(separator: "\t"))
            }
        }
        if corpus.articles.isEmpty || !corpus.problems.isEmpty { throw ExitCode(1) }
    }
}

/// One row of `reader list --json`: `file`, `title`, `words`, and when the source gave them the
/// container `item` id and the article's `byline`, `date`, `source`, `url`.
struct ListRow: Codable {
    var file: String
    var title: String
    var words: Int
    var item: String?
    var byline: String?
    var date: String?
    var source: String?
    var url: String?

    init(_ article: Article) {
        file = article.path
        title = article.title
        words = article.wordCount
        item = article.itemID
        byline = article.metadata.byline
        date = article.metadata.date
        source = article.metadata.source
        url = article.metadata.url
    }
}
