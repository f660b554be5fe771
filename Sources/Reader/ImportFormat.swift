import ArgumentParser

/// The formats `reader import` reads: only the W3C collection, since Markdown is for reading.
enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
    case w3c
}
