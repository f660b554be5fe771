import ArgumentParser
import Annotations
import CorpusIndex
import Foundation

/// `reader [open] [PATH...]`: the interactive terminal reader (the default subcommand).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the articles in the terminal reader (the default).")

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        // `reader lst` reaches here as the default subcommand with the path "lst"; `reader open lst` meant a path.
        let openNamed = CommandLine.arguments.dropFirst().first == OpenCommand.configuration.commandName
        if !openNamed, let hint = SubcommandSuggestion.forCommandLine(paths) {
            throw usageFailure(hint)
        }
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            printError("reader: standard input and output must be a terminal to open the reader.")
            printError("For scripts use a subcommand, e.g. `reader list \(paths.joined(separator: " "))` or `reader analyze --json PATH`; see `reader --help`.")
            throw ExitCode(2)
        }
        let corpus = ArticleLoader.load(paths: paths)
        if corpus.articles.isEmpty {
            for problem in corpus.problems { printError("reader: \(problem)") }
            printError("reader: no articles to show")
            throw ExitCode(1)
        }
        try TerminalSession.run(corpus: corpus, storeFolder: store,
                                index: ReaderIndexLink(paths: paths, options: indexOptions))
    }
}
