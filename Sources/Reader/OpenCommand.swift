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

    @OptionGroup var source: SourceOptions

    @OptionGroup var indexOptions: IndexOptions

    func run() throws {
        // `reader lst` reaches here as the default subcommand with the path "lst"; `reader open lst` meant a path.
        let openNamed = CommandLine.arguments.dropFirst().first == OpenCommand.configuration.commandName
        if !openNamed, let hint = SubcommandSuggestion.forCommandLine(paths) {
            throw usageFailure(hint)
        }
        let piped = paths.contains(AnnotationStore.standardInputPath)
        guard isatty(STDOUT_FILENO) == 1, piped || isatty(STDIN_FILENO) == 1 else {
            printError("reader: standard input and output must be a terminal to open the reader.")
            printError("For scripts use a subcommand, e.g. `reader list \(paths.joined(separator: " "))` or `reader analyze --json PATH`; see `reader --help`.")
            throw ExitCode(2)
        }
        // A folder of plain articles with a current index: the list comes from the index, and each
        // file is read when it is opened or analysed.
        var openedLink: ReaderIndexLink?
        if !piped, source.fields == nil, source.encoding == nil, IndexedCorpus.exists(paths: paths, options: indexOptions) {
            let link = ReaderIndexLink(paths: paths, options: indexOptions)
            openedLink = link
            if let listing = ReaderStartup.indexedListing(link) {
                let loadOptions = try source.loadOptions()
                let store = self.store
                try TerminalSession.run { size, colorMode, config, configProblem, configFile in
                    ReaderStartup.fromIndex(listing, link: link, storeFolder: store, loadOptions: loadOptions, size: size,
                                            colorMode: colorMode, config: config, configProblem: configProblem,
                                            configFile: configFile)
                }
                return
            }
        }
        let corpus = try source.load(paths)
        if piped {
            // The article came through the pipe; keys come from the terminal.
            let terminal = open("/dev/tty", O_RDWR)
            guard terminal >= 0, dup2(terminal, STDIN_FILENO) >= 0 else {
                printError("reader: cannot open the terminal (/dev/tty) for keys after reading standard input")
                throw ExitCode(2)
            }
            close(terminal)
        }
        if corpus.articles.isEmpty {
            for problem in corpus.problems { printError("reader: \(problem)") }
            printError("reader: no articles to show")
            throw ExitCode(1)
        }
        try TerminalSession.run(corpus: corpus, storeFolder: store,
                                index: openedLink ?? ReaderIndexLink(paths: paths, options: indexOptions))
    }
}
