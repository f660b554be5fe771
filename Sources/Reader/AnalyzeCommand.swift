import ArgumentParser
import Annotations
import Foundation

/// `reader analyze [--json] PATH...`: the entities and numeric claims the recogniser finds.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the named entities and numeric claims found in the articles.")

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print the JSON array of DESIGN.md's contract instead of a table.")
    var json = false

    func run() throws {
        let corpus = ArticleLoader.load(paths: paths)
        for problem in corpus.problems { printError("reader: \(problem)") }
        let recognizer = Recognizer()
        let reports = corpus.articles.map { ArticleReport(file: $0.path, analysis: recognizer.analyze($0.text)) }
        if json {
            print(try AnalysisJSON.encode(reports))
        } else {
            for (index, report) in reports.enumerated() {
                if index > 0 { print("") }
                print(AnalysisTable.render(report))
            }
        }
        if corpus.articles.isEmpty || !corpus.problems.isEmpty { throw ExitCode(1) }
    }
}
