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

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    func run() throws {
        let corpus = ArticleLoader.load(paths: paths)
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
            let rows = zip(corpus.articles, counts).map { article, count in
                ListRow(file: article.path, title: article.title, words: article.wordCount,
                        disputed: count[.disputed] ?? 0, false: count[.false] ?? 0)
            }
            print(try PrintedJSON.encode(rows))
        } else {
            for (article, count) in zip(corpus.articles, counts) {
                print("\(TerminalText.visible(article.path))\t\(TerminalText.visible(article.title))\t\(article.wordCount)\t"
                      + "\(count[.disputed] ?? 0) disputed\t\(count[.false] ?? 0) false")
            }
        }
        if corpus.articles.isEmpty || !corpus.problems.isEmpty || sidecarFailed { throw ExitCode(1) }
    }
}

/// One row of `reader list --json`.
struct ListRow: Codable {
    var file: String
    var title: String
    var words: Int
    /// Claims whose verdict is disputed, and false.
    var disputed: Int
    var `false`: Int
}
