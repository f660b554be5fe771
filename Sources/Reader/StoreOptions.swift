import ArgumentParser

/// Where annotation sidecars live: shared by every command that reads or writes them.
struct StoreOptions: ParsableArguments {
    @Option(help: "Keep annotation sidecars in this folder instead of beside the articles (read and written there).")
    var store: String?
}
