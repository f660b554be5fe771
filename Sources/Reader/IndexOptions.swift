import ArgumentParser

/// `--index FILE`, shared by the commands that use the corpus index.
struct IndexOptions: ParsableArguments {
    @Option(name: .customLong("index"),
            help: "The index file (default: one per corpus under $XDG_CACHE_HOME/reader/, ~/.cache/reader/ when unset; for benchmark --corpus a temporary one).")
    var file: String?
}
