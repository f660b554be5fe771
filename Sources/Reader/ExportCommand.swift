import ArgumentParser
import Annotations
import Foundation

/// `reader export`: not built yet (see the issue tracker).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "(not built yet)")

    func run() throws {
        printError("reader: 'export' is not built yet")
        throw ExitCode(1)
    }
}
