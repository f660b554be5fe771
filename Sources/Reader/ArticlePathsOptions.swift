import ArgumentParser

/// The article files or folders a command reads: shared by every command that takes a corpus.
struct ArticlePathsOptions: ParsableArguments {
    @Argument(help: "Article files or folders (searched for text, Markdown, HTML, feeds and JSON Lines); - reads standard input.")
    var paths: [String] = ["seeds"]
}
