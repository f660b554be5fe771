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

    func run() throws {
        let corpus = ArticleLoader.load(paths: paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        if json {
            let rows = corpus.articles.map { ListRow(file: $0.path, title: $0.title, words: $0.wordCount) }
            print(try PrintedJSON.encode(rows))
        } else {
            for article in corpus.articles {
                print("\(TerminalText.visible(article.path))\t\(TerminalText.visible(article.title))\t\(article.wordCount)")
            }
        }
        if corpus.articles.isEmpty || !corpus.problems.isEmpty { throw ExitCode(1) }
    }
}

/// One row of `reader list --json`.
struct ListRow: Codable {
    var file: String
    var title: String
    var words: Int
}
