import ArgumentParser
import Annotations
import Foundation

/// `reader import`: not built yet (see the issue tracker).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "(not built yet)")

    func run() throws {
        printError("reader: 'import' is not built yet")
        throw ExitCode(1)
    }
}
