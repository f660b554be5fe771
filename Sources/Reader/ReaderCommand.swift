import ArgumentParser
import Annotations
import Foundation

/// `reader [PATH...]` opens the terminal reader; subcommands serve scripts.
@main
struct ReaderCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Read and annotate news articles in the terminal.",
        discussion: """
            With no subcommand, opens the articles at PATH (default ./seeds) in the terminal reader. \
            The subcommands print to standard output for scripts.
            """,
        version: version,
        subcommands: [OpenCommand.self, ListCommand.self, AnalyzeCommand.self, AnnotateCommand.self, NotesCommand.self,
                      ClaimsCommand.self, VerdictCommand.self,
                      ExportCommand.self, ImportCommand.self, IndexCommand.self, SearchCommand.self,
                      BenchmarkCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command as the argument parser would, except that every message it prints is made
    /// safe for a terminal (it quotes the arguments, escape sequences and all) and that wrong usage
    /// exits with status 2, as the README says, rather than the parser's 64.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(visibleLines(message)) }
                Foundation.exit(0)
            }
            if !message.isEmpty {
                FileHandle.standardError.write(Data((visibleLines(message) + "\n").utf8))
            }
            if code == .validationFailure, let hint = SubcommandSuggestion.forCommandLine(arguments) {
                printError("reader: " + hint)
            }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// Multi-line text with its line breaks kept and every other control character made visible.
    static func visibleLines(_ text: String) -> String {
        // Most output has nothing to replace: one pass to see that, instead of a copy of every line.
        guard text.unicodeScalars.contains(where: { $0 != "\n" && TerminalText.replacement(for: $0) != nil }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
            .joined(separator: "\n")
    }
}


