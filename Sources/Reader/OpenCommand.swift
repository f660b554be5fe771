import ArgumentParser
import Annotations
import Foundation

/// `reader [open] [PATH...]`: the interactive terminal reader (the default subcommand).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the articles in the terminal reader (the default).")

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            FileHandle.standardError.write(Data("""
                reader: standard input and output must be a terminal to open the reader.
                For scripts use a subcommand, e.g. `reader list \(paths.joined(separator: " "))` or `reader analyze --json PATH`; see `reader --help`.

                """.utf8))
            throw ExitCode(2)
        }
        let corpus = ArticleLoader.load(paths: paths)
        if corpus.articles.isEmpty {
            for problem in corpus.problems { FileHandle.standardError.write(Data("reader: \(problem)\n".utf8)) }
            FileHandle.standardError.write(Data("reader: no articles to show\n".utf8))
            throw ExitCode(1)
        }
        try TerminalSession.run(corpus: corpus, storeFolder: store)
    }
}
