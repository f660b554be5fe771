import ArgumentParser

/// The formats `reader export` writes and `reader import` reads.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case w3c
}
