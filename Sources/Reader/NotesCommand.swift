import ArgumentParser
import Annotations
import Foundation

/// `reader notes [PATH...] [--json]`: every annotation with where it is found in the text now.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List the annotations: file, place, state, quote, tags and note.",
        discussion: """
            The state says how each annotation was found in the article as it is now: anchored (where \
            it was), moved (found elsewhere or slightly edited), changed (found, but a number in it \
            differs) or orphan (not found; kept with its quote). A sidecar that cannot be read is \
            reported and the exit status is 1.
            """)

    @OptionGroup var articlePaths: ArticlePathsOptions
    var paths: [String] { articlePaths.paths }

    @Flag(help: "Print a JSON array instead of lines.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions
    var store: String? { storeOptions.store }

    func run() throws {
        let corpus = AnnotatedCorpus(paths: paths, store: AnnotationStore(storeFolder: store))
        let rows = corpus.entries.flatMap { entry in
            entry.annotations.map { NoteRow(article: entry.article, anchored: $0) }
        }
        if json {
            print(try PrintedJSON.encode(rows))
        } else {
            for row in rows { print(row.textLine) }
        }
        if corpus.failed { throw ExitCode(1) }
    }
}
