import ArgumentParser

/// The article files or folders a command reads: shared by every command that takes a corpus.
struct ArticlePathsOptions: ParsableArguments {
    @Argument(help: "Article files or folders (folders are searched recursively for *.txt).")
    var paths: [String] = ["seeds"]
}
