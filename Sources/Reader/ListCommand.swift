import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader list [PATH...] [--json]`: one row per article.
///
/// When the corpus index holds every file with its current size and time, the rows come from it
/// and no article is read; otherwise every file is read, as without an index.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the articles: file, title and word count.")

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        let (rows, problems) = indexedRows() ?? readRows()
        for problem in problems { printError("reader: \(problem)") }
        if json {
            print(try PrintedJSON.encode(rows))
        } else {
            var output = ""
            output.reserveCapacity(rows.count * 80)
            for row in rows {
                output += "\(TerminalText.visible(row.file))\t\(TerminalText.visible(row.title))\t\(row.words)\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        if rows.isEmpty || !problems.isEmpty { throw ExitCode(1) }
    }

    /// The rows from the index, if it is current for every file; nil otherwise.
    func indexedRows() -> ([ListRow], [LoadProblem])? {
        guard IndexedCorpus.exists(paths: paths, options: indexOptions) else { return nil }
        let scan = CorpusScanner.scan(paths: paths)
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
            } else {
                rows.append(ListRow(file: file.path, title: row.title, words: row.words))
            }
        }
        return (rows, problems)
    }

    func readRows() -> ([ListRow], [LoadProblem]) {
        let corpus = ArticleLoader.load(paths: paths)
        return (corpus.articles.map { ListRow(file: $0.path, title: $0.title, words: $0.wordCount) }, corpus.problems)
    }
}

/// One row of `reader list --json`.
struct ListRow: Codable {
    var file: String
    var title: String
    var words: Int
}
