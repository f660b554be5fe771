import ArgumentParser
import Annotations
import Foundation

/// `reader analyze`: not built yet (see the issue tracker).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "analyze", abstract: "(not built yet)")

    func run() throws {
        printError("reader: 'analyze' is not built yet")
        throw ExitCode(1)
    }
}
