import ArgumentParser
import Annotations
import Foundation

/// `reader annotate`: not built yet (see the issue tracker).
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annotate", abstract: "(not built yet)")

    func run() throws {
        printError("reader: 'annotate' is not built yet")
        throw ExitCode(1)
    }
}
