import ArgumentParser

/// The formats `reader export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case w3c
}
