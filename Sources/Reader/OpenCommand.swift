import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader [open] [PATH...]`: the interactive terminal reader (the default subcommand).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the articles in the terminal reader (the default).")

    @Argument(help: "Article files or folders (searched recursively for *.txt).")

    var paths: [String] = ["seeds"]

    @Option(help: "Keep annotation sidecars in this folder instead of beside the articles.")
    var store: String?

    @OptionGroup var indexOptions: IndexOptions

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
        try TerminalSession.run(corpus: corpus, storeFolder: store,
                                index: ReaderIndexLink(paths: paths, options: indexOptions))
    }
}
