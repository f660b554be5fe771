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
                      ExportCommand.self, ImportCommand.self, IndexCommand.self, SearchCommand.self,
                      BenchmarkCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}


