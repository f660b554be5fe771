import ArgumentParser
import Annotations
import Foundation

/// `reader notes`: not built yet (see the issue tracker).
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "notes", abstract: "(not built yet)")

    func run() throws {
        printError("reader: 'notes' is not built yet")
        throw ExitCode(1)
    }
}
