import Annotations

/// Runs the interactive reader on a real terminal.
enum TerminalSession {
    static func run(corpus: Corpus, storeFolder: String?) throws {
        printError("reader: the terminal reader is being built")
    }
}
